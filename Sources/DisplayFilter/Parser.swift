/// Parses a display filter into a `FilterExpression`: hand-written recursive descent with one
/// function per production, accepting exactly what tshark 4.0's LALR grammar accepts and
/// failing on the same token.
///
/// Precedence, loosest first: `or`, `and`, `not`, relations (`==` … chain; `contains`,
/// `matches`, `in` are not chained), `&`, `+ -`, `* / %`, unary `-`/`+`, slices. Parentheses
/// group tests; braces group arithmetic. Like tshark's grammar actions, the parser already
/// checks slice ranges, layer fields and function names, so those errors come before a later
/// syntax error.
package struct Parser {
    private var lexer: Lexer
    private var current: Token
    private let fields: FieldRegistry

    /// Prepares to parse `source`; lexes the first token.
    ///
    /// - Throws: a `FilterDiagnostic` if the first token is already bad.
    package init(_ source: [UInt8], fields: FieldRegistry) throws(FilterDiagnostic) {
        var lexer = Lexer(source, fields: fields)
        self.current = try lexer.next()
        self.lexer = lexer
        self.fields = fields
    }

    /// Parses the whole filter; nil for an empty filter (which keeps every frame).
    ///
    /// - Throws: the first lexical, syntactic or parse-time error, worded as tshark's.
    package mutating func parse() throws(FilterDiagnostic) -> FilterExpression? {
        guard current.kind != .end else { return nil }
        let expression = try parseOr()
        guard current.kind == .end else { throw unexpected() }
        return expression
    }

    // MARK: - Tests

    private mutating func parseOr() throws(FilterDiagnostic) -> FilterExpression {
        var left = try parseAnd()
        while current.kind == .or {
            try advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(FilterDiagnostic) -> FilterExpression {
        var left = try parseNot()
        while current.kind == .and {
            try advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(FilterDiagnostic) -> FilterExpression {
        guard current.kind == .not else { return try parsePrimary() }
        try advance()
        return .not(try parseNot())
    }

    private mutating func parsePrimary() throws(FilterDiagnostic) -> FilterExpression {
        switch current.kind {
        case .leftParen:
            try advance()
            let inner = try parseOr()
            try expect(.rightParen)
            return inner
        case .any, .all:
            let quantifier: Quantifier = current.kind == .any ? .any : .all
            try advance()
            return try parseRelation(quantifier: quantifier)
        default:
            return try parseRelation(quantifier: nil)
        }
    }

    /// A relation, or (without a quantifier) a bare operand test.
    private mutating func parseRelation(quantifier: Quantifier?) throws(FilterDiagnostic) -> FilterExpression {
        let (lhs, isEntity) = try parseArithmetic()
        switch current.kind {
        case .comparison:
            return try parseComparisonChain(from: lhs, quantifier: quantifier)
        case .contains, .matches:
            guard isEntity else { throw unexpected() }
            let token = current
            try advance()
            let rhs = Arithmetic.entity(try parseEntity())
            let kind: Relation.Kind = token.kind == .contains ? .contains : .matches
            return .relation(Relation(kind: kind, lhs: lhs, rhs: rhs, quantifier: quantifier, operatorToken: token))
        case .in:
            guard isEntity else { throw unexpected() }
            return try parseMembership(lhs, quantifier: quantifier)
        case .not:
            guard isEntity else { throw unexpected() }
            try advance()
            guard current.kind == .in else { throw unexpected() }
            return .not(try parseMembership(lhs, quantifier: quantifier))
        default:
            guard quantifier == nil else { throw unexpected() }
            return .test(lhs)
        }
    }

    /// `a OP b (OP c)*`, as `a OP b and b OP c and …`.
    private mutating func parseComparisonChain(
        from lhs: Arithmetic,
        quantifier: Quantifier?
    ) throws(FilterDiagnostic) -> FilterExpression {
        var left = lhs
        var result: FilterExpression?
        while case .comparison(let op) = current.kind {
            let token = current
            try advance()
            let (right, _) = try parseArithmetic()
            let relation = FilterExpression.relation(
                Relation(kind: .comparison(op), lhs: left, rhs: right, quantifier: quantifier, operatorToken: token)
            )
            result = result.map { .and($0, relation) } ?? relation
            left = right
        }
        guard let result else { throw unexpected() }
        return result
    }

    /// `in { element, … }` (the current token is `in`).
    private mutating func parseMembership(
        _ lhs: Arithmetic,
        quantifier: Quantifier?
    ) throws(FilterDiagnostic) -> FilterExpression {
        let token = current
        try advance()
        try expect(.leftBrace)
        var elements: [SetElement] = []
        while true {
            let low = try parseSetOperand()
            if current.kind == .dotDot {
                try advance()
                elements.append(.range(low, try parseSetOperand()))
            } else {
                elements.append(.value(low))
            }
            guard current.kind == .comma else { break }
            try advance()
        }
        try expect(.rightBrace)
        let relation = Relation(
            kind: .membership(elements), lhs: lhs, rhs: lhs, quantifier: quantifier, operatorToken: token
        )
        return .relation(relation)
    }

    /// A set member bound: an entity, optionally after a unary `-` or `+`.
    private mutating func parseSetOperand() throws(FilterDiagnostic) -> Arithmetic {
        if case .arithmetic(let op) = current.kind, op == .subtract || op == .add {
            let token = current
            try advance()
            let entity = try parseEntity()
            return op == .subtract ? .negate(entity, token) : .entity(entity)
        }
        return .entity(try parseEntity())
    }

    // MARK: - Arithmetic

    /// An arithmetic expression, and whether it is a single bare entity (only those may stand
    /// left of `contains`, `matches` and `in`).
    mutating func parseArithmetic() throws(FilterDiagnostic) -> (Arithmetic, Bool) {
        try parseBinary(level: 0)
    }

    /// The binary operators by precedence level, loosest first.
    private static let levels: [[ArithmeticOperator]] = [
        [.bitwiseAnd], [.add, .subtract], [.multiply, .divide, .modulo],
    ]

    private mutating func parseBinary(level: Int) throws(FilterDiagnostic) -> (Arithmetic, Bool) {
        guard level < Self.levels.count else { return try parseUnary() }
        var (left, isEntity) = try parseBinary(level: level + 1)
        while case .arithmetic(let op) = current.kind, Self.levels[level].contains(op) {
            let token = current
            try advance()
            let (right, _) = try parseBinary(level: level + 1)
            left = .binary(op, left, right, token)
            isEntity = false
        }
        return (left, isEntity)
    }

    private mutating func parseUnary() throws(FilterDiagnostic) -> (Arithmetic, Bool) {
        switch current.kind {
        case .arithmetic(.subtract):
            let token = current
            try advance()
            return (.negate(try parseEntity(), token), false)
        case .arithmetic(.add):
            try advance()
            return (.entity(try parseEntity()), false)
        case .leftBrace:
            try advance()
            let (inner, _) = try parseArithmetic()
            try expect(.rightBrace)
            return (inner, false)
        default:
            return (.entity(try parseEntity()), true)
        }
    }

    // MARK: - Helpers

    /// Moves to the next token.
    mutating func advance() throws(FilterDiagnostic) {
        current = try lexer.next()
    }

    /// Consumes a token of `kind` or fails on the current one.
    mutating func expect(_ kind: TokenKind) throws(FilterDiagnostic) {
        guard current.kind == kind else { throw unexpected() }
        try advance()
    }

    /// tshark's syntax error for the current token.
    func unexpected() -> FilterDiagnostic {
        guard current.kind != .end else { return FilterDiagnostic("Unexpected end of filter expression.") }
        let message = [0x22] + current.display + Array("\" was unexpected in this context.".utf8)
        return FilterDiagnostic(bytes: message, at: current.range)
    }

    /// The token being looked at (for `Parser+Entities.swift`).
    var token: Token { current }
    /// The registry (for `Parser+Entities.swift`).
    var registry: FieldRegistry { fields }
}
