import PCRE2Regex

/// Checks a parsed filter against the field registry and lowers it to a `Program`, failing
/// with tshark 4.0's message on the first problem in tree order (`semcheck.c`'s behaviour).
package struct SemanticCheck {
    /// A checked operand and its type (for arithmetic, the type of its first term).
    typealias TypedOperand = (operand: Operand, type: FieldType)

    let fields: FieldRegistry
    /// The first protocol or field swfollow does not compute where tshark would go on checking:
    /// swfollow refuses the filter with it only if tshark finds no error of its own.
    private let deferred = DeferredRefusal()

    package init(fields: FieldRegistry) {
        self.fields = fields
    }

    /// Checks and lowers `expression`.
    ///
    /// - Throws: the first semantic error: unknown names, literals that do not fit the field's
    ///   type, incompatible types, misplaced slices or functions, bad regular expressions; else
    ///   swfollow's refusal of the first protocol or field tshark knows but swfollow does not
    ///   compute (tshark would accept the filter).
    package func check(_ expression: FilterExpression) throws(FilterDiagnostic) -> Program {
        let program = try checkNode(expression)
        if let refusal = deferred.first { throw refusal }
        return program
    }

    /// Notes that tshark accepts `field` here, which swfollow cannot compute.
    func deferRefusal(_ field: TsharkField, at range: SourceRange?) {
        if deferred.first == nil { deferred.first = .notComputed(field, at: range) }
    }

    private func checkNode(_ expression: FilterExpression) throws(FilterDiagnostic) -> Program {
        switch expression {
        case .and(let left, let right):
            let checkedLeft = try checkNode(left)
            return .and(checkedLeft, try checkNode(right))
        case .or(let left, let right):
            let checkedLeft = try checkNode(left)
            return .or(checkedLeft, try checkNode(right))
        case .not(let inner):
            return .not(try checkNode(inner))
        case .test(.entity(let entity)):
            return .exists(try checkExists(entity))
        case .test(let arithmetic):
            return .nonZero(try checkArithmetic(arithmetic, lhsType: nil).operand)
        case .relation(let relation):
            return .relation(try checkRelation(relation))
        }
    }

    /// A bare operand: fields, layers and slices may be tested for presence.
    private func checkExists(_ entity: Entity) throws(FilterDiagnostic) -> Operand {
        switch resolve(entity) {
        case .field(let id, _):
            return .field(id, layers: [])
        case .layer(let id, _, let layers):
            return .field(id, layers: layers)
        case .slice(let inner, let ranges):
            return .slice(try checkSliceable(inner), ranges)
        case .function(_, let name, _):
            throw FilterDiagnostic("You cannot test whether a function is present.", at: name.range)
        case .uncomputed(let field, let token) where !field.isReference:
            deferRefusal(field, at: token.range)
            return .nothing
        case let other:
            throw FilterDiagnostic(
                bytes: display(other) + Array(" is neither a field nor a protocol name.".utf8), at: other.range)
        }
    }

    private func checkRelation(_ relation: Relation) throws(FilterDiagnostic) -> CheckedRelation {
        let token = relation.operatorToken
        switch relation.kind {
        case .comparison(let op):
            let (predicate, defaultMode) = Self.semantics(of: op)
            let context = Context(
                operatorText: token.text, quotedInMessages: true, allowsPartial: false, test: .comparison)
            let (lhs, rhs) = try checkSides(relation.lhs, relation.rhs, context)
            return CheckedRelation(
                predicate: predicate, mode: relation.quantifier.map(Self.mode) ?? defaultMode, lhs: lhs, rhs: rhs)
        case .contains:
            let context = Context(
                operatorText: token.text, quotedInMessages: false, allowsPartial: true, test: .contains)
            let (lhs, rhs) = try checkSides(relation.lhs, relation.rhs, context)
            return CheckedRelation(
                predicate: .contains, mode: relation.quantifier.map(Self.mode) ?? .any, lhs: lhs, rhs: rhs)
        case .matches:
            return try checkMatches(relation)
        case .membership(let elements):
            return try checkMembership(relation, elements)
        }
    }

    /// The predicate and default mode of each comparison spelling.
    private static func semantics(of op: ComparisonOperator) -> (Predicate, MatchMode) {
        switch op {
        case .anyEqual: (.equal, .any)
        case .allNotEqual: (.notEqual, .all)
        case .allEqual: (.equal, .all)
        case .anyNotEqual: (.notEqual, .any)
        case .greater: (.greater, .any)
        case .greaterOrEqual: (.greaterOrEqual, .any)
        case .less: (.less, .any)
        case .lessOrEqual: (.lessOrEqual, .any)
        }
    }

    private static func mode(_ quantifier: Quantifier) -> MatchMode {
        quantifier == .any ? .any : .all
    }

    /// `lhs matches "regex"`: the right side must be a string; it compiles caselessly.
    private func checkMatches(_ relation: Relation) throws(FilterDiagnostic) -> CheckedRelation {
        guard case .entity(.string(let pattern, _)) = relation.rhs else {
            throw FilterDiagnostic("Matches requires a double quoted string on the right side.", at: relation.rhs.range)
        }
        let compiled: PCRE2Pattern
        do {
            compiled = try PCRE2Pattern(bytes: pattern, options: .displayFilter)
        } catch {
            throw FilterDiagnostic("Regex compilation error: \(error.message).")
        }
        let context = Context(
            operatorText: relation.operatorToken.text, quotedInMessages: false, allowsPartial: true, test: .matches)
        let lhs = try checkLeftOnly(relation.lhs, context)
        if case .entity(let entity) = relation.lhs, case .uncomputed(let field, let token) = resolve(entity) {
            deferRefusal(field, at: token.range)
        }
        return CheckedRelation(
            predicate: .matches(compiled), mode: relation.quantifier.map(Self.mode) ?? .any, lhs: lhs, rhs: .nothing)
    }

    /// `field in {…}`: only a field may be tested; each member is checked as `field == member`
    /// or `field >= low` and `field <= high`.
    private func checkMembership(_ relation: Relation, _ elements: [SetElement]) throws(FilterDiagnostic)
        -> CheckedRelation
    {
        guard case .entity(let entity) = relation.lhs,
            resolve(entity).isFieldOrLayer || resolve(entity).isUncomputedField
        else {
            throw FilterDiagnostic("Only a field may be tested for membership in a set.", at: relation.lhs.range)
        }
        let context = Context(
            operatorText: relation.operatorToken.text, quotedInMessages: false, allowsPartial: false, test: .comparison)
        var members: [CheckedMember] = []
        var lhs = Operand.nothing
        for element in elements {
            switch element {
            case .value(let value):
                try rejectSlice(value)
                let (left, right) = try checkSides(relation.lhs, value, context)
                lhs = left
                members.append(.value(right))
            case .range(let low, let high):
                try rejectSlice(low)
                let (left, lowOperand) = try checkSides(relation.lhs, low, context)
                let (_, highOperand) = try checkSides(relation.lhs, high, context)
                lhs = left
                members.append(.range(lowOperand, highOperand))
            }
        }
        let mode = relation.quantifier.map(Self.mode) ?? .any
        return CheckedRelation(predicate: .membership(members), mode: mode, lhs: lhs, rhs: .nothing)
    }

    private func rejectSlice(_ member: Arithmetic) throws(FilterDiagnostic) {
        if case .entity(.slice) = member {
            throw FilterDiagnostic("A slice may not appear inside a set.")
        }
    }

    // MARK: - Names

    /// An unparsed word as a field if the registry knows it, else as a literal (tshark 4.0.17
    /// looks the name up first: `ip.proto == tcp` compares with the `tcp` protocol).
    func resolve(_ entity: Entity) -> Entity {
        guard case .unparsed(let token) = entity else { return entity }
        if let id = fields.field(named: token.text) { return .field(id, token) }
        if let known = TsharkRegistry.field(named: token.text) { return .uncomputed(known, token) }
        return .literal(token)
    }

    /// How tshark shows an operand in messages (`stnode_todisplay`).
    func display(_ entity: Entity) -> [UInt8] {
        switch entity {
        case .string(let value, _): return StringDisplay.quoted(value)
        case .field(let id, _): return Array(fields[id].name.utf8)
        case .uncomputed(let field, _):
            return Array((field.isReference ? "\(field.registeredName) <\(field.type.name)>" : field.name).utf8)
        case .layer(let id, _, let layers):
            let ranges = layers.map(\.description).joined(separator: ",")
            return Array("\(fields[id].name)#[\(ranges)] <\(fields[id].type.name)>".utf8)
        case .reference(let id, _): return Array("\(fields[id].name) <\(fields[id].type.name)>".utf8)
        case .function(let name, _, _): return Array(name.rawValue.utf8)
        case .slice(let inner, let ranges):
            return display(inner) + Array("[\(ranges.map(\.description).joined(separator: ","))]".utf8)
        case .charConstant(_, let token), .literal(let token), .unparsed(let token): return Array(token.text.utf8)
        }
    }
}

/// What a relation's operator asks of its operands.
struct Context {
    /// The operator as written (`==`, `eq`, `contains`, `~`).
    let operatorText: String
    /// Whether "Left side of … expression" quotes it (comparisons do, `contains`/`matches` not).
    let quotedInMessages: Bool
    /// `contains` accepts partial Ethernet addresses.
    let allowsPartial: Bool
    /// The kind of test, which decides the types that may take part.
    let test: Test

    enum Test { case comparison, contains, matches }

    /// Whether a type may take part (`ftype_can_contains` and friends).
    func accepts(_ type: FieldType) -> Bool {
        switch test {
        case .comparison: true
        case .contains: type.canContain
        case .matches: type.canMatch
        }
    }

    /// Whether a tshark type may take part (labels cannot even be compared).
    func accepts(_ type: TsharkFieldType) -> Bool {
        switch test {
        case .comparison: type.name != "FT_NONE"
        case .contains: type.canContain
        case .matches: type.canMatch
        }
    }
}

/// Where `SemanticCheck` keeps its deferred refusal.
final class DeferredRefusal {
    var first: FilterDiagnostic?
}
