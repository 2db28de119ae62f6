/// The two sides of a relation: what the left side may be, and how the right side is typed by
/// it (`check_relation_LHS_FIELD`, `…_SLICE`, `…_FUNCTION`, `…_ARITHMETIC`).
extension SemanticCheck {
    /// The left side as the right side's conversion needs it.
    struct LeftSide {
        enum Kind { case field, function, slice }
        var kind: Kind
        var operand: Operand
        var type: FieldType
        /// The field whose value names apply to right-side literals.
        var named: FieldDefinition?
        /// The field or function name for messages.
        var name: String
        /// How tshark shows the left operand itself (a layer as `ip.dst#[1:1] <FT_IPv4>`).
        var shown = ""
        var range: SourceRange?
    }

    /// Checks both sides; returns the left operand (possibly converted to bytes) and the right.
    func checkSides(_ lhs: Arithmetic, _ rhs: Arithmetic, _ context: Context) throws(FilterDiagnostic) -> (
        Operand, Operand
    ) {
        if case .entity(let entity) = lhs, case .uncomputed(let field, let token) = resolve(entity) {
            return (try checkUncomputedLeft(field, token, rhs, context), .nothing)
        }
        var left = try checkLeft(lhs, context)
        let right = try checkRight(rhs, against: &left, context)
        return (left.operand, right)
    }

    /// Checks the left side of a relation whose right side needs no typing (`matches`).
    func checkLeftOnly(_ lhs: Arithmetic, _ context: Context) throws(FilterDiagnostic) -> Operand {
        try checkLeft(lhs, context).operand
    }

    private func checkLeft(_ lhs: Arithmetic, _ context: Context) throws(FilterDiagnostic) -> LeftSide {
        guard case .entity(let entity) = lhs else {
            let (operand, _) = try checkArithmetic(lhs, lhsType: nil)
            var left = try checkLeft(.entity(Self.leftmostEntity(of: lhs)), context)
            left.operand = operand
            return left
        }
        var left = try checkLeftEntity(resolve(entity), context)
        left.shown = String(decoding: display(resolve(entity)), as: UTF8.self)
        return left
    }

    private func checkLeftEntity(_ entity: Entity, _ context: Context) throws(FilterDiagnostic) -> LeftSide {
        switch entity {
        case .field(let id, let token):
            return try fieldSide(.field(id, layers: []), id, token.range, context)
        case .layer(let id, let token, let layers):
            return try fieldSide(.field(id, layers: layers), id, token.range, context)
        case .reference(let id, let token):
            return try fieldSide(.nothing, id, token.range, context)
        case .uncomputed(let field, let token):
            try acceptUncomputedLeft(field, token, context)
            guard let type = field.type.computedType else { throw .notComputed(field, at: token.range) }
            deferRefusal(field, at: token.range)
            return LeftSide(
                kind: .field, operand: .nothing, type: type, named: nil, name: field.registeredName, range: token.range)
        case .slice(let inner, let ranges):
            let operand = Operand.slice(try checkSliceable(inner), ranges)
            let name = String(decoding: display(.slice(inner, ranges)), as: UTF8.self)
            return LeftSide(kind: .slice, operand: operand, type: .bytes, named: nil, name: name, range: nil)
        case .function(let name, let token, let arguments):
            let (operand, type) = try checkFunction(name, token, arguments)
            guard context.accepts(type) else {
                let message =
                    "Function \(name.rawValue) (type=\(type.prettyName)) cannot participate in \(context.operatorText) comparison."
                throw FilterDiagnostic(message, at: token.range)
            }
            return LeftSide(
                kind: .function, operand: operand, type: type, named: nil, name: name.rawValue, range: token.range)
        case let other:
            let op = context.quotedInMessages ? "\"\(context.operatorText)\"" : context.operatorText
            let message =
                Array("Left side of \(op) expression must be a field or function, not ".utf8) + display(other) + [0x2E]
            throw FilterDiagnostic(bytes: message, at: other.range)
        }
    }

    private func fieldSide(
        _ operand: Operand,
        _ id: FieldID,
        _ range: SourceRange,
        _ context: Context
    ) throws(FilterDiagnostic) -> LeftSide {
        let field = fields[id]
        guard context.accepts(field.type) else {
            let message =
                "\(field.name) (type=\(field.type.prettyName)) cannot participate in \(context.operatorText) comparison."
            throw FilterDiagnostic(message, at: range)
        }
        return LeftSide(kind: .field, operand: operand, type: field.type, named: field, name: field.name, range: range)
    }

    /// tshark's check that the left field's type suits the test.
    private func acceptUncomputedLeft(_ field: TsharkField, _ token: Token, _ context: Context) throws(FilterDiagnostic)
    {
        guard context.accepts(field.type) else {
            let message =
                "\(field.registeredName) (type=\(field.type.prettyName)) cannot participate in \(context.operatorText) comparison."
            throw FilterDiagnostic(message, at: token.range)
        }
    }

    /// A relation whose left side is a field swfollow does not compute: tshark's errors where
    /// the types alone decide them, else swfollow's refusal (deferred when tshark surely accepts
    /// this relation, immediate when its verdict depends on the field's value names).
    private func checkUncomputedLeft(
        _ field: TsharkField,
        _ token: Token,
        _ rhs: Arithmetic,
        _ context: Context
    ) throws(FilterDiagnostic) -> Operand {
        try acceptUncomputedLeft(field, token, context)
        guard case .entity(let entity) = rhs else {
            guard let type = field.type.computedType else { throw .notComputed(field, at: token.range) }
            let (_, rightType) = try checkArithmetic(rhs, lhsType: type)
            guard type.isCompatible(with: rightType) else {
                throw FilterDiagnostic("\(field.name) and \(symbol(rhs)) are not of compatible types.", at: rhs.range)
            }
            deferRefusal(field, at: token.range)
            return .nothing
        }
        let right = resolve(entity)
        let rightType: TsharkFieldType
        switch right {
        case .field(let id, _), .layer(let id, _, _), .reference(let id, _):
            rightType = TsharkFieldType(fields[id].type)
        case .uncomputed(let other, _):
            rightType = other.type
        case .string(let value, let literal):
            if !field.type.isString {
                try convert(at: literal.range, literal: nil) { c throws(FilterDiagnostic) in
                    try c.fromString(value, at: literal.range)
                }
            }
            deferRefusal(field, at: token.range)
            return .nothing
        case .charConstant(let value, let literal):
            if !field.type.isString {
                guard let (type, wider) = field.type.literalConversion else {
                    throw .notComputed(field, at: token.range)
                }
                var conversion = LiteralConversion(type: type, namedField: nil, allowPartial: context.allowsPartial)
                conversion.widerUnsigned = wider
                _ = try conversion.fromCharConstant(value, at: literal.range)
            }
            deferRefusal(field, at: token.range)
            return .nothing
        case .literal(let literal):
            let text = Array(literal.text.utf8)
            if !field.type.isString {
                try convert(at: literal.range, literal: text) { c throws(FilterDiagnostic) in
                    try c.fromLiteral(text, at: literal.range)
                }
            }
            deferRefusal(field, at: token.range)
            return .nothing
        default:
            throw .notComputed(field, at: token.range)
        }
        guard field.type.isCompatible(with: rightType) else {
            let message =
                Array("\(field.registeredName) and ".utf8) + display(right)
                + Array(" are not of compatible types.".utf8)
            throw FilterDiagnostic(bytes: message, at: right.range)
        }
        guard context.accepts(rightType) else {
            let message =
                display(right)
                + Array(" (type=\(rightType.prettyName)) cannot participate in specified comparison.".utf8)
            throw FilterDiagnostic(bytes: message, at: right.range)
        }
        deferRefusal(field, at: token.range)
        return .nothing

        /// Converts the right side as tshark would, with swfollow's conversion for the field's
        /// type: tshark's error when the field has no value names (or refuses them all), swfollow's
        /// refusal when only the field's value names (or a type swfollow lacks) could decide.
        func convert(
            at range: SourceRange,
            literal text: [UInt8]?,
            _ conversion: (LiteralConversion) throws(FilterDiagnostic) -> Value
        ) throws(FilterDiagnostic) {
            guard let (type, wider) = field.type.literalConversion else { throw .notComputed(field, at: token.range) }
            // tshark reads signed literals with strtol: beyond Int64.max its messages differ.
            if field.type.signedMaximum != nil, let text, Self.beyondInt64(text) {
                throw .notComputed(field, at: token.range)
            }
            switch field.valueNames {
            case .none:
                let named = FieldDefinition(name: field.registeredName, type: type)
                var plain = LiteralConversion(type: type, namedField: named, allowPartial: context.allowsPartial)
                plain.widerUnsigned = wider
                _ = try conversion(plain)
            case .named, .ranges, .custom:
                do {
                    var plain = LiteralConversion(type: type, namedField: nil, allowPartial: context.allowsPartial)
                    plain.widerUnsigned = wider
                    _ = try conversion(plain)
                } catch {
                    switch field.valueNames {
                    case .ranges:
                        throw FilterDiagnostic(
                            "\"\(field.registeredName)\" cannot accept [range] strings as values.", at: range)
                    case .custom:
                        throw FilterDiagnostic(
                            "\"\(field.registeredName)\" cannot accept [custom] strings as values.", at: range)
                    default:
                        throw .notComputed(field, at: token.range)
                    }
                }
            }
        }
    }

    /// Whether a literal read as C's `strtoul` reads it (with `0b` for binary) is beyond `Int64.max`
    /// (a minus sign makes it so).
    private static func beyondInt64(_ text: [UInt8]) -> Bool {
        let binary = text.count >= 2 && text[0] == UInt8(ascii: "0") && text[1] | 0x20 == UInt8(ascii: "b")
        let parsed = CLiteralParsing.strtoul(text, from: binary ? 2 : 0, base: binary ? 2 : 0)
        return parsed.overflow || parsed.value > UInt64(Int64.max)
    }

    /// The first operand of an arithmetic expression, whose type types the right side.
    private static func leftmostEntity(of arithmetic: Arithmetic) -> Entity {
        switch arithmetic {
        case .entity(let entity), .negate(let entity, _): entity
        case .binary(_, let first, _, _): leftmostEntity(of: first)
        }
    }

    // MARK: - Right side

    private func checkRight(
        _ rhs: Arithmetic,
        against left: inout LeftSide,
        _ context: Context
    ) throws(FilterDiagnostic) -> Operand {
        let wanted = left.kind == .slice ? FieldType.bytes : left.type
        guard case .entity(let entity) = rhs else {
            let (operand, type) = try checkArithmetic(rhs, lhsType: wanted)
            guard wanted.isCompatible(with: type) else {
                throw FilterDiagnostic(
                    "\(left.shown) and \(symbol(rhs)) are not of compatible types.", at: rhs.range)
            }
            return operand
        }
        let conversion = LiteralConversion(type: wanted, namedField: left.named, allowPartial: context.allowsPartial)
        switch resolve(entity) {
        case .string(let value, let token):
            return .constant(try conversion.fromString(value, at: token.range))
        case .literal(let token):
            return .constant(try conversion.fromLiteral(Array(token.text.utf8), at: token.range))
        case .charConstant(let value, let token):
            return .constant(try conversion.fromCharConstant(value, at: token.range))
        case .slice(let inner, let ranges):
            let operand = Operand.slice(try checkSliceable(inner), ranges)
            try convertLeftToBytes(&left)
            return operand
        case .function(let name, let token, let arguments):
            return try checkRightFunction(name, token, arguments, left: &left, context)
        case .field(let id, _):
            return try checkRightField(entity, .field(id, layers: []), id, left: &left, context)
        case .layer(let id, _, let layers):
            return try checkRightField(entity, .field(id, layers: layers), id, left: &left, context)
        case .reference(let id, _):
            return try checkRightField(entity, .nothing, id, left: &left, context)
        case .unparsed(let token):
            return .constant(try conversion.fromLiteral(Array(token.text.utf8), at: token.range))
        case .uncomputed(let field, let token):
            return try checkRightUncomputed(field, token, left: left, context)
        }
    }

    /// A protocol or field swfollow does not compute, on the right: tshark's type errors, else
    /// a deferred refusal.
    private func checkRightUncomputed(
        _ field: TsharkField,
        _ token: Token,
        left: LeftSide,
        _ context: Context
    ) throws(FilterDiagnostic) -> Operand {
        let shown = String(decoding: display(.uncomputed(field, token)), as: UTF8.self)
        if left.kind == .slice {
            guard field.type.isBytesLike || field.type.canSlice else {
                let message =
                    "\"\(shown)\" is a \(field.type.prettyName) and cannot be converted into a sequence of bytes."
                throw FilterDiagnostic(message, at: token.range)
            }
        } else {
            guard TsharkFieldType(left.type).isCompatible(with: field.type) else {
                let prefix = left.kind == .function ? "Function \(left.name)" : left.name
                throw FilterDiagnostic("\(prefix) and \(shown) are not of compatible types.", at: token.range)
            }
            guard context.accepts(field.type) else {
                let message = "\(shown) (type=\(field.type.prettyName)) cannot participate in specified comparison."
                throw FilterDiagnostic(message, at: token.range)
            }
        }
        deferRefusal(field, at: token.range)
        return .nothing
    }

    /// A field, layer or reference on the right.
    private func checkRightField(
        _ entity: Entity,
        _ operand: Operand,
        _ id: FieldID,
        left: inout LeftSide,
        _ context: Context
    ) throws(FilterDiagnostic) -> Operand {
        let type = fields[id].type
        if left.kind == .slice {
            guard type.isBytesLike else { return try bytesOf(operand, type, shown: display(entity), at: entity.range) }
            return operand
        }
        guard left.type.isCompatible(with: type) else {
            let prefix = left.kind == .function ? "Function \(left.name)" : left.name
            let message = Array("\(prefix) and ".utf8) + display(entity) + Array(" are not of compatible types.".utf8)
            throw FilterDiagnostic(bytes: message, at: entity.range)
        }
        guard context.accepts(type) else {
            let message =
                display(entity) + Array(" (type=\(type.prettyName)) cannot participate in specified comparison.".utf8)
            throw FilterDiagnostic(bytes: message, at: entity.range)
        }
        return operand
    }

    /// A function call on the right.
    private func checkRightFunction(
        _ name: FunctionName,
        _ token: Token,
        _ arguments: [Arithmetic],
        left: inout LeftSide,
        _ context: Context
    ) throws(FilterDiagnostic) -> Operand {
        let (operand, type) = try checkFunction(name, token, arguments)
        if left.kind == .slice {
            guard type.isBytesLike else {
                guard type.canSlice else {
                    let message =
                        "Return value of function \"\(name.rawValue)\" is a \(type.prettyName) and cannot be converted into a sequence of bytes."
                    throw FilterDiagnostic(message, at: token.range)
                }
                return .slice(operand, [SliceRange(start: 0, end: .toTheEnd)])
            }
            return operand
        }
        guard left.type.isCompatible(with: type) else {
            let message =
                left.kind == .function
                ? "Return values of function \(left.name) (type=\(left.type.prettyName)) and function \(left.name) (type=\(type.prettyName)) are not of compatible types."
                : "\(left.name) (type=\(left.type.prettyName)) and return value of \(name.rawValue)() (type=\(type.prettyName)) are not of compatible types."
            throw FilterDiagnostic(message, at: token.range)
        }
        guard context.accepts(type) else {
            let message =
                "return value of \(name.rawValue)() (type=\(type.prettyName)) cannot participate in specified comparison."
            throw FilterDiagnostic(message, at: token.range)
        }
        return operand
    }

    /// A slice on the right of a non-bytes field turns the field into its bytes (`[0:]`).
    private func convertLeftToBytes(_ left: inout LeftSide) throws(FilterDiagnostic) {
        guard left.kind != .slice, !left.type.isBytesLike else { return }
        left.operand = try bytesOf(
            left.operand, left.type, shown: Array(left.name.utf8), at: left.range, function: left.kind == .function)
    }

    /// `operand[0:]`, or tshark's error for types without a byte form.
    private func bytesOf(
        _ operand: Operand,
        _ type: FieldType,
        shown: [UInt8],
        at range: SourceRange?,
        function: Bool = false
    ) throws(FilterDiagnostic) -> Operand {
        guard type.canSlice else {
            let message =
                Array((function ? "Function \"" : "\"").utf8) + shown
                + Array("\" is a \(type.prettyName) and cannot be converted into a sequence of bytes.".utf8)
            throw FilterDiagnostic(bytes: message, at: range)
        }
        return .slice(operand, [SliceRange(start: 0, end: .toTheEnd)])
    }

    /// How an arithmetic expression appears in messages: an operand as `display` shows it, an
    /// operation as its operator.
    func symbol(_ arithmetic: Arithmetic) -> String {
        switch arithmetic {
        case .entity(let entity): String(decoding: display(resolve(entity)), as: UTF8.self)
        case .negate(_, let token), .binary(_, _, _, let token): token.text
        }
    }
}

/// Error locations of arithmetic expressions.
extension Arithmetic {
    /// Where errors about this expression point: an operand's token or the operator.
    package var range: SourceRange? {
        switch self {
        case .entity(let entity): entity.range
        case .negate(_, let token), .binary(_, _, _, let token): token.range
        }
    }
}
