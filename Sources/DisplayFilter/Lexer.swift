/// Cuts a display filter into tokens the way Wireshark 4.0's flex scanner does, one token at a
/// time, so that a syntax error before a bad character is reported first, as in tshark.
///
/// Like flex it takes the longest match at each position, and on a tie the rule listed first in
/// `scanner.l` (keywords, then literal shapes, then plain words). After `#` it reads a layer
/// number, after `[` raw slice ranges up to `]`.
package struct Lexer {
    private let source: [UInt8]
    private let fields: FieldRegistry
    private var position = 0
    private var mode = Mode.normal

    /// The scanner's start conditions.
    private enum Mode {
        case normal
        /// After `#`: digits or `[`.
        case layer
        /// After `[`: range nodes, commas, `]`.
        case range
    }

    package init(_ source: [UInt8], fields: FieldRegistry) {
        self.source = source
        self.fields = fields
    }

    /// The next token; `.end` at the end of the filter (and forever after).
    ///
    /// - Throws: a `FilterDiagnostic` for text the scanner rejects (bad characters, unterminated
    ///   quotes and slices, bad escapes, unknown `.field` names).
    package mutating func next() throws(FilterDiagnostic) -> Token {
        switch mode {
        case .normal: return try nextNormal()
        case .layer: return try nextInLayer()
        case .range: return try nextInRange()
        }
    }

    /// Lexes every token up to and including `.end` (for dumps and tests).
    package mutating func all() throws(FilterDiagnostic) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    // MARK: - Start conditions

    private mutating func nextNormal() throws(FilterDiagnostic) -> Token {
        while position < source.count, Self.isBlank(source[position]) {
            position += 1
        }
        guard position < source.count else { return endToken() }
        let byte = source[position]
        if byte == UInt8(ascii: "\"") || (byte | 0x20 == UInt8(ascii: "r") && peek(1) == UInt8(ascii: "\"")) {
            return try lexString()
        }
        if byte == UInt8(ascii: "'") {
            return try lexCharConstant()
        }
        if let (length, kind) = punctuation() {
            return make(kind, length: length)
        }
        return try lexWordOrLiteral()
    }

    private mutating func nextInLayer() throws(FilterDiagnostic) -> Token {
        guard position < source.count else { return endToken() }
        let byte = source[position]
        if ASCII.isDigit(byte) {
            mode = .normal
            return make(.layerIndex, length: run(from: position, while: ASCII.isDigit))
        }
        if byte == UInt8(ascii: "[") {
            mode = .range
            return make(.leftBracket, length: 1)
        }
        let here = SourceRange(start: position, length: 1)
        let message = Array("Expected digit or \"[\", not \"".utf8) + [byte] + [UInt8(ascii: "\"")]
        throw FilterDiagnostic(bytes: message, at: here)
    }

    private mutating func nextInRange() throws(FilterDiagnostic) -> Token {
        guard position < source.count else {
            throw FilterDiagnostic("The right bracket was missing from a slice.", at: endRange)
        }
        switch source[position] {
        case UInt8(ascii: ","):
            return make(.comma, length: 1)
        case UInt8(ascii: "]"):
            mode = .normal
            return make(.rightBracket, length: 1)
        default:
            let length = run(from: position) { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "]") }
            return make(.rangeNode, length: length)
        }
    }

    // MARK: - Token shapes

    /// Operators and punctuation, longest first (`===` before `==` before `=`…).
    private static let symbols: [(String, TokenKind)] = [
        ("===", .comparison(.allEqual)), ("!==", .comparison(.anyNotEqual)),
        ("==", .comparison(.anyEqual)), ("!=", .comparison(.allNotEqual)), ("~=", .comparison(.anyNotEqual)),
        (">=", .comparison(.greaterOrEqual)), ("<=", .comparison(.lessOrEqual)),
        ("&&", .and), ("||", .or), ("..", .dotDot),
        (">", .comparison(.greater)), ("<", .comparison(.less)), ("~", .matches), ("!", .not),
        ("(", .leftParen), (")", .rightParen), (",", .comma), ("{", .leftBrace), ("}", .rightBrace),
        ("$", .dollar), ("#", .hash), ("[", .leftBracket),
        ("+", .arithmetic(.add)), ("-", .arithmetic(.subtract)), ("*", .arithmetic(.multiply)),
        ("/", .arithmetic(.divide)), ("%", .arithmetic(.modulo)), ("&", .arithmetic(.bitwiseAnd)),
    ]

    /// Words the scanner turns into operators (they win a tie with a plain word).
    private static let keywords: [String: TokenKind] = [
        "eq": .comparison(.anyEqual), "any_eq": .comparison(.anyEqual),
        "ne": .comparison(.allNotEqual), "all_ne": .comparison(.allNotEqual),
        "all_eq": .comparison(.allEqual), "any_ne": .comparison(.anyNotEqual),
        "gt": .comparison(.greater), "ge": .comparison(.greaterOrEqual),
        "lt": .comparison(.less), "le": .comparison(.lessOrEqual),
        "contains": .contains, "matches": .matches, "not": .not, "and": .and, "or": .or,
        "in": .in, "any": .any, "all": .all, "bitwise_and": .arithmetic(.bitwiseAnd),
    ]

    /// The symbol at the current position, unless a longer word or literal starts here (`..`
    /// loses to nothing; `.` alone is not a symbol).
    private mutating func punctuation() -> (Int, TokenKind)? {
        for (spelling, kind) in Self.symbols where matches(spelling) {
            if kind == .leftBracket { mode = .range }
            if kind == .hash { mode = .layer }
            return (spelling.utf8.count, kind)
        }
        return nil
    }

    /// Words, keywords, `.field` identifiers and literal shapes, or the scanner's default error.
    private mutating func lexWordOrLiteral() throws(FilterDiagnostic) -> Token {
        let patterns = LiteralPatterns(source: source, start: position)
        let word = patterns.wordLength()
        let literal = patterns.literalLength()
        let identifier = source[position] == UInt8(ascii: ".") ? patterns.identifierLength() : 0
        if literal > 0, literal >= word, literal >= identifier {
            return make(.literal, length: literal)
        }
        if identifier > 0, identifier > word {
            return try lexIdentifier(length: identifier)
        }
        guard word > 0 else { throw defaultError() }
        let text = String(decoding: source[position..<position + word], as: UTF8.self)
        return make(Self.keywords[text] ?? .unparsed, length: word)
    }

    /// A `.name` token: the name must be a known field, checked right here as tshark does.
    private mutating func lexIdentifier(length: Int) throws(FilterDiagnostic) -> Token {
        let name = String(decoding: source[(position + 1)..<(position + length)], as: UTF8.self)
        guard fields.field(named: name) != nil || TsharkRegistry.field(named: name) != nil else {
            let here = SourceRange(start: position, length: length)
            throw FilterDiagnostic("\"\(name)\" is not a valid protocol or protocol field.", at: here)
        }
        return make(.identifier, length: length)
    }

    /// The flex default rule: one unexpected byte.
    private func defaultError() -> FilterDiagnostic {
        let byte = source[position]
        let here = SourceRange(start: position, length: 1)
        guard ASCII.isPrintable(byte) else {
            return FilterDiagnostic("Non-printable ASCII characters may only appear inside double-quotes.", at: here)
        }
        return FilterDiagnostic(bytes: [0x22, byte] + Array("\" was unexpected in this context.".utf8), at: here)
    }

    // MARK: - Helpers

    /// `[[:blank:]\n\r]`.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < source.count ? source[position + offset] : nil
    }

    private func matches(_ spelling: String) -> Bool {
        let bytes = spelling.utf8
        guard position + bytes.count <= source.count else { return false }
        return source[position..<(position + bytes.count)].elementsEqual(bytes)
    }

    /// The number of bytes from `start` satisfying `predicate`.
    private func run(from start: Int, while predicate: (UInt8) -> Bool) -> Int {
        var end = start
        while end < source.count, predicate(source[end]) {
            end += 1
        }
        return end - start
    }

    /// Where errors at the end of the filter point: one past the last byte.
    var endRange: SourceRange { SourceRange(start: source.count, length: 1) }

    private func endToken() -> Token {
        Token(kind: .end, range: SourceRange(start: source.count, length: 0), text: "")
    }

    /// Makes a token of `length` bytes at the current position and moves past it.
    private mutating func make(_ kind: TokenKind, length: Int) -> Token {
        let range = SourceRange(start: position, length: length)
        position += length
        return Token(kind: kind, range: range, text: String(decoding: source[range.start..<range.end], as: UTF8.self))
    }

    /// Moves past a token whose kind depends on its decoded contents (quoted strings and chars).
    mutating func finishQuoted(_ kind: TokenKind, from start: Int, to end: Int) -> Token {
        position = end
        let range = SourceRange(start: start, length: end - start)
        return Token(kind: kind, range: range, text: String(decoding: source[start..<end], as: UTF8.self))
    }

    /// The filter bytes (for the quoted-token scanners in `Lexer+Quoted.swift`).
    var bytes: [UInt8] { source }
    /// The current offset (for the quoted-token scanners).
    var offset: Int { position }
}
