/// One token of a display filter, as Wireshark 4.0's scanner (`scanner.l`) cuts the text.
package struct Token: Hashable, Sendable {
    /// What the token is.
    package var kind: TokenKind
    /// Where it is in the filter.
    package var range: SourceRange
    /// The source text (for strings: the decoded value, see `TokenKind.string`).
    package var text: String

    package init(kind: TokenKind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// How tshark names this token in "… was unexpected in this context." messages: strings
    /// appear re-quoted with C escapes, `.`-prefixed names without their dot, everything else
    /// as written.
    package var display: [UInt8] {
        switch kind {
        case .string(let value): return StringDisplay.quoted(value)
        case .identifier: return Array(text.utf8.dropFirst())
        default: return Array(text.utf8)
        }
    }
}

/// The token classes of Wireshark 4.0's filter scanner.
package enum TokenKind: Hashable, Sendable {
    case leftParen, rightParen, comma, leftBrace, rightBrace, dotDot, dollar
    /// `[`; the scanner then reads range nodes up to `]`.
    case leftBracket, rightBracket
    /// The raw text between `[`/`,` and `,`/`]` of a slice, e.g. `0:4` or ` 5`.
    case rangeNode
    /// `#`, the layer operator; the scanner then wants digits or `[`.
    case hash
    /// The digits after `#`.
    case layerIndex
    /// A comparison operator in any spelling (`==`, `eq`, `any_eq`, …).
    case comparison(ComparisonOperator)
    case contains, matches
    /// `!` or `not`.
    case not
    /// `&&` or `and`.
    case and
    /// `||` or `or`.
    case or
    case `in`, any, all
    /// An arithmetic operator; `&`/`bitwise_and` included.
    case arithmetic(ArithmeticOperator)
    /// A double-quoted string, raw (`r"…"`) or not; the associated value is the decoded bytes.
    case string([UInt8])
    /// A single-quoted character constant with its byte value.
    case charConstant(UInt64)
    /// A value the scanner recognised by shape: MAC, IPv4/IPv6 (with prefix), `:`-prefixed bytes.
    case literal
    /// A word that is a field name if the registry knows it, else a literal (`tcp.port`, `80`, `TCP`).
    case unparsed
    /// A `.`-prefixed word, which must name a field (already checked by the scanner).
    case identifier
    /// The end of the filter.
    case end
}

/// The six comparisons, with Wireshark's any/all quantifier built in.
package enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    /// `==`, `eq`, `any_eq`: some value on the left equals some value on the right.
    case anyEqual = "any_eq"
    /// `!=`, `ne`, `all_ne`: no value on the left equals any on the right (Wireshark ≥ 3.6).
    case allNotEqual = "all_ne"
    /// `===`, `all_eq`: every value on the left equals every value on the right.
    case allEqual = "all_eq"
    /// `!==`, `~=`, `any_ne`: some pair of values differs.
    case anyNotEqual = "any_ne"
    case greater = "gt"
    case greaterOrEqual = "ge"
    case less = "lt"
    case lessOrEqual = "le"
}

/// Arithmetic operators (Wireshark 4.0 allows them on integer fields; `&` also on addresses and bytes).
package enum ArithmeticOperator: String, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case bitwiseAnd = "&"
}
