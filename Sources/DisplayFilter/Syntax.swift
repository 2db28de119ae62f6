/// A parsed filter, before the semantic check (Wireshark's syntax tree after `grammar.lemon`).
package indirect enum FilterExpression: Hashable, Sendable {
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)
    /// A bare operand: a field's existence, or an arithmetic value's truth.
    case test(Arithmetic)
    case relation(Relation)
}

/// A relational test: `lhs OP rhs`, optionally under `any` or `all`.
///
/// A chain `a < b <= c` is parsed, as in tshark, into `a < b and b <= c`.
package struct Relation: Hashable, Sendable {
    /// The test.
    package enum Kind: Hashable, Sendable {
        case comparison(ComparisonOperator)
        case contains
        case matches
        /// `in {…}`; `not in` is `not` around it.
        case membership([SetElement])
    }

    package var kind: Kind
    package var lhs: Arithmetic
    /// The right side; unused for `membership`.
    package var rhs: Arithmetic
    /// The `any`/`all` keyword in front, if any.
    package var quantifier: Quantifier?
    /// The operator token (its spelling appears in messages: `Left side of "eq" expression …`).
    package var operatorToken: Token

    package init(kind: Kind, lhs: Arithmetic, rhs: Arithmetic, quantifier: Quantifier?, operatorToken: Token) {
        self.kind = kind
        self.lhs = lhs
        self.rhs = rhs
        self.quantifier = quantifier
        self.operatorToken = operatorToken
    }
}

/// `any` or `all` in front of a relation.
package enum Quantifier: String, Hashable, Sendable {
    case any, all
}

/// One member of an `in {…}` set: a value or an inclusive range `low..high`.
package enum SetElement: Hashable, Sendable {
    case value(Arithmetic)
    case range(Arithmetic, Arithmetic)
}

/// An arithmetic expression (`tcp.len + 1`, `-x`, `{a * 2}`); a bare entity is the common case.
package indirect enum Arithmetic: Hashable, Sendable {
    case entity(Entity)
    /// Unary minus, with the `-` token.
    case negate(Entity, Token)
    /// A binary operation, with its operator token (where its errors point).
    case binary(ArithmeticOperator, Arithmetic, Arithmetic, Token)
}

/// An operand: a literal, a field, or something computed from one.
package indirect enum Entity: Hashable, Sendable {
    /// A double-quoted string (decoded bytes) and its token.
    case string([UInt8], Token)
    case charConstant(UInt64, Token)
    /// A MAC/IP/byte-string-shaped token.
    case literal(Token)
    /// A plain word: a field if the registry knows it, else a literal.
    case unparsed(Token)
    /// A `.field` token, or an unparsed word resolved to a field.
    case field(FieldID, Token)
    /// `field#n` or `field#[ranges]`.
    case layer(FieldID, Token, [SliceRange])
    /// `entity[ranges]`.
    case slice(Entity, [SliceRange])
    /// `name(arguments)`, name already checked to exist.
    case function(FunctionName, Token, [Arithmetic])
    /// `${field}`: the field's value in the selected frame (there is none when reading a file).
    case reference(FieldID, Token)
    /// A word or `.name` that names a protocol or field tshark knows but swfollow does not compute.
    case uncomputed(TsharkField, Token)

    /// Where errors about this operand point (nil for slices, which tshark does not locate).
    package var range: SourceRange? {
        switch self {
        case .string(_, let token), .charConstant(_, let token), .literal(let token), .unparsed(let token),
            .field(_, let token), .layer(_, let token, _), .function(_, let token, _), .reference(_, let token),
            .uncomputed(_, let token):
            token.range
        case .slice:
            nil
        }
    }
}

/// The display-filter functions of Wireshark 4.0.
package enum FunctionName: String, Hashable, Sendable, CaseIterable {
    case len, count, string, upper, lower, max, min, abs

    /// Argument counts tshark checks (`min…max`, nil for no maximum).
    var arity: (minimum: Int, maximum: Int?) {
        switch self {
        case .max, .min: (1, nil)
        default: (1, 1)
        }
    }
}
