/// Text dumps of each compiler stage (the `dftest` analogue), for tests and a hidden
/// `--dump-filter` option: tokens, syntax tree, checked program.
package enum FilterDump {
    /// One line per token: kind, text, byte range.
    package static func tokens(_ source: String, fields: FieldRegistry = .standard) throws(FilterDiagnostic) -> String {
        var lexer = Lexer(Array(source.utf8), fields: fields)
        return try lexer.all().map {
            "\(kindName($0.kind)) \(String(decoding: $0.display, as: UTF8.self)) @\($0.range)"
        }
        .joined(separator: "\n")
    }

    /// The syntax tree as an indented outline.
    package static func syntax(_ source: String, fields: FieldRegistry = .standard) throws(FilterDiagnostic) -> String {
        var parser = try Parser(Array(source.utf8), fields: fields)
        guard let tree = try parser.parse() else { return "(empty)" }
        return lines(tree, depth: 0).joined(separator: "\n")
    }

    /// The checked program as an indented outline.
    package static func program(_ source: String, fields: FieldRegistry = .standard) throws(FilterDiagnostic) -> String
    {
        let filter = try DisplayFilter(compiling: source, fields: fields)
        guard let program = filter.program else { return "(matches every frame)" }
        return lines(program, fields, depth: 0).joined(separator: "\n")
    }

    // MARK: - Tokens

    private static func kindName(_ kind: TokenKind) -> String {
        switch kind {
        case .comparison(let op): "comparison(\(op.rawValue))"
        case .arithmetic(let op): "arithmetic(\(op.rawValue))"
        case .string: "string"
        case .charConstant(let value): "char(\(value))"
        default: "\(kind)"
        }
    }

    // MARK: - Syntax

    private static func lines(_ expression: FilterExpression, depth: Int) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        switch expression {
        case .and(let left, let right):
            return [pad + "and"] + lines(left, depth: depth + 1) + lines(right, depth: depth + 1)
        case .or(let left, let right):
            return [pad + "or"] + lines(left, depth: depth + 1) + lines(right, depth: depth + 1)
        case .not(let inner): return [pad + "not"] + lines(inner, depth: depth + 1)
        case .test(let operand): return [pad + "test " + text(operand)]
        case .relation(let relation):
            let quantifier = relation.quantifier.map { $0.rawValue + " " } ?? ""
            let head = pad + quantifier + relation.operatorToken.text + " " + text(relation.lhs)
            guard case .membership(let elements) = relation.kind else { return [head + " " + text(relation.rhs)] }
            let members = elements.map { element -> String in
                switch element {
                case .value(let value): text(value)
                case .range(let low, let high): text(low) + ".." + text(high)
                }
            }
            return [head + " {" + members.joined(separator: ", ") + "}"]
        }
    }

    private static func text(_ arithmetic: Arithmetic) -> String {
        switch arithmetic {
        case .entity(let entity): text(entity)
        case .negate(let entity, _): "(- " + text(entity) + ")"
        case .binary(let op, let left, let right, _): "(" + text(left) + " " + op.rawValue + " " + text(right) + ")"
        }
    }

    private static func text(_ entity: Entity) -> String {
        switch entity {
        case .string(let value, _): "string" + String(decoding: StringDisplay.quoted(value), as: UTF8.self)
        case .charConstant(let value, _): "char(\(value))"
        case .literal(let token): "literal(\(token.text))"
        case .unparsed(let token): "unparsed(\(token.text))"
        case .field(_, let token): "field(\(token.text))"
        case .layer(_, let token, let layers): "field(\(token.text))#\(layers)"
        case .slice(let inner, let ranges): text(inner) + "\(ranges)"
        case .function(let name, _, let arguments):
            name.rawValue + "(" + arguments.map(text).joined(separator: ", ") + ")"
        case .reference(_, let token): "${\(token.text)}"
        case .uncomputed(_, let token): "field(\(token.text))"
        }
    }

    // MARK: - Program

    private static func lines(_ program: Program, _ fields: FieldRegistry, depth: Int) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        switch program {
        case .and(let left, let right):
            return [pad + "and"] + lines(left, fields, depth: depth + 1) + lines(right, fields, depth: depth + 1)
        case .or(let left, let right):
            return [pad + "or"] + lines(left, fields, depth: depth + 1) + lines(right, fields, depth: depth + 1)
        case .not(let inner): return [pad + "not"] + lines(inner, fields, depth: depth + 1)
        case .exists(let operand): return [pad + "exists " + text(operand, fields)]
        case .nonZero(let operand): return [pad + "nonzero " + text(operand, fields)]
        case .relation(let relation):
            let head = pad + relation.mode.rawValue + " " + name(relation.predicate) + " " + text(relation.lhs, fields)
            if case .membership(let members) = relation.predicate {
                let items = members.map { member -> String in
                    switch member {
                    case .value(let value): text(value, fields)
                    case .range(let low, let high): text(low, fields) + ".." + text(high, fields)
                    }
                }
                return [head + " {" + items.joined(separator: ", ") + "}"]
            }
            if case .matches = relation.predicate { return [head] }
            return [head + " " + text(relation.rhs, fields)]
        }
    }

    private static func name(_ predicate: Predicate) -> String {
        switch predicate {
        case .equal: "=="
        case .notEqual: "!="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .less: "<"
        case .lessOrEqual: "<="
        case .contains: "contains"
        case .matches: "matches"
        case .membership: "in"
        }
    }

    private static func text(_ operand: Operand, _ fields: FieldRegistry) -> String {
        switch operand {
        case .field(let id, let layers): fields[id].name + (layers.isEmpty ? "" : "#\(layers)")
        case .constant(let value): text(value)
        case .slice(let inner, let ranges): text(inner, fields) + "\(ranges)"
        case .arithmetic(let op, let left, let right):
            "(" + text(left, fields) + " " + op.rawValue + " " + text(right, fields) + ")"
        case .negate(let inner): "(- " + text(inner, fields) + ")"
        case .length(let inner, _): "len(" + text(inner, fields) + ")"
        case .count(let inner): "count(" + text(inner, fields) + ")"
        case .nothing: "<no value>"
        }
    }

    /// A constant as `type:value`.
    private static func text(_ value: Value) -> String {
        switch value {
        case .unsigned(let number): "uint:\(number)"
        case .signed(let number): "int:\(number)"
        case .boolean(let number): "bool:\(number)"
        case .ipv4(let address, let prefix):
            "ipv4:" + (0..<4).map { String(address >> (24 - 8 * $0) & 0xFF) }.joined(separator: ".") + "/\(prefix)"
        case .ipv6(let high, let low, let prefix): "ipv6:\(hex(high)):\(hex(low))/\(prefix)"
        case .ether(let address): "ether:" + hex(address)
        case .relativeTime(let seconds, let nanoseconds): "time:\(seconds)s\(nanoseconds)ns"
        case .bytes, .ownedBytes, .protocolLayer:
            "bytes:" + (value.withBytes { $0.map { hex(UInt64($0), width: 2) }.joined(separator: ":") } ?? "")
        }
    }

    private static func hex(_ value: UInt64, width: Int = 1) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
