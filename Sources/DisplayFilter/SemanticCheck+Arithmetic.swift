/// Arithmetic, slices and functions (`check_arithmetic_expr`, `check_slice_sanity`,
/// `check_function`).
extension SemanticCheck {
    /// Checks an arithmetic expression; `lhsType` types its literals (nil on a relation's left
    /// side, where a literal may not come first).
    ///
    /// - Returns: the operand and its type (the type of its first term, as in tshark).
    func checkArithmetic(_ arithmetic: Arithmetic, lhsType: FieldType?) throws(FilterDiagnostic) -> TypedOperand {
        switch arithmetic {
        case .entity(let entity):
            return try checkArithmeticEntity(resolve(entity), lhsType: lhsType)
        case .negate(let entity, let token):
            return try checkNegation(resolve(entity), token, lhsType: lhsType)
        case .binary(let op, let first, let second, let token):
            if lhsType == nil, case .entity(let entity) = first, resolve(entity).isConstant {
                throw FilterDiagnostic("Constant arithmetic expression on the LHS is invalid.", at: entity.range)
            }
            try checkUncomputedOperand(first, op, token)
            let (left, leftType) = try checkArithmetic(first, lhsType: lhsType)
            guard leftType.supports(op) else {
                throw FilterDiagnostic("\(leftType.name) cannot \(token.text).", at: first.range)
            }
            try checkUncomputedOperand(second, op, token, after: first, of: leftType)
            let (right, rightType) = try checkArithmetic(second, lhsType: leftType)
            guard rightType.supports(op) else {
                throw FilterDiagnostic("\(rightType.name) cannot \(token.text).", at: second.range)
            }
            guard leftType.isCompatible(with: rightType) else {
                throw FilterDiagnostic(
                    "\(symbol(first)) and \(symbol(second)) are not type compatible.", at: second.range)
            }
            return (.arithmetic(op, left, right), leftType)
        }
    }

    /// An operand that is a field swfollow does not compute and has no type of swfollow's: tshark's
    /// errors where its type decides them, else swfollow's refusal (there is nothing to go on with).
    private func checkUncomputedOperand(
        _ operand: Arithmetic,
        _ op: ArithmeticOperator,
        _ token: Token,
        after first: Arithmetic? = nil,
        of firstType: FieldType? = nil
    ) throws(FilterDiagnostic) {
        guard case .entity(let entity) = operand, case .uncomputed(let field, let name) = resolve(entity),
            field.type.computedType == nil
        else { return }
        guard field.type.supports(op) else {
            throw FilterDiagnostic("\(field.type.name) cannot \(token.text).", at: name.range)
        }
        if let first, let firstType, !TsharkFieldType(firstType).isCompatible(with: field.type) {
            throw FilterDiagnostic("\(symbol(first)) and \(field.name) are not type compatible.", at: name.range)
        }
        throw .notComputed(field, at: name.range)
    }

    /// `-x`: negative constants are computed now (`-1` is the `FT_INT32` value -1).
    private func checkNegation(_ entity: Entity, _ token: Token, lhsType: FieldType?) throws(FilterDiagnostic)
        -> TypedOperand
    {
        if entity.isConstant {
            guard let lhsType else {
                throw FilterDiagnostic("Constant arithmetic expression on the LHS is invalid.", at: entity.range)
            }
            guard lhsType.supportsNegation else {
                throw FilterDiagnostic("\(lhsType.name) cannot \(token.text).", at: entity.range)
            }
        }
        if case .uncomputed(let field, let name) = entity, field.type.computedType == nil {
            guard field.type.supportsNegation else {
                throw FilterDiagnostic("\(field.type.name) cannot \(token.text).", at: name.range)
            }
            throw .notComputed(field, at: name.range)
        }
        let (operand, type) = try checkArithmeticEntity(entity, lhsType: lhsType)
        guard type.supportsNegation else {
            throw FilterDiagnostic("\(type.name) cannot \(token.text).", at: entity.range)
        }
        guard case .constant(let value) = operand else { return (.negate(operand), type) }
        guard let negated = ValueArithmetic.negate(value) else {
            let message = display(entity) + Array(": \(value.unsignedValue ?? 0) overflows gint32".utf8)
            throw FilterDiagnostic(bytes: message, at: entity.range)
        }
        return (.constant(negated), type)
    }

    /// One term of an arithmetic expression.
    private func checkArithmeticEntity(_ entity: Entity, lhsType: FieldType?) throws(FilterDiagnostic) -> TypedOperand {
        switch entity {
        case .literal(let token):
            guard let lhsType else {
                throw FilterDiagnostic("Constant arithmetic expression on the LHS is invalid.", at: token.range)
            }
            let conversion = LiteralConversion(type: lhsType, namedField: nil, allowPartial: false)
            return (.constant(try conversion.fromLiteral(Array(token.text.utf8), at: token.range)), lhsType)
        case .field(let id, _):
            return (.field(id, layers: []), fields[id].type)
        case .layer(let id, _, let layers):
            return (.field(id, layers: layers), fields[id].type)
        case .reference(let id, _):
            return (.nothing, fields[id].type)
        case .function(let name, let token, let arguments):
            return try checkFunction(name, token, arguments)
        case .slice(let inner, let ranges):
            return (.slice(try checkSliceable(inner), ranges), .bytes)
        case .uncomputed(let field, let token):
            guard let type = field.type.computedType else { throw .notComputed(field, at: token.range) }
            deferRefusal(field, at: token.range)
            return (.nothing, type)
        case .string, .charConstant, .unparsed:
            throw FilterDiagnostic(
                bytes: display(entity) + Array(" is not a valid arithmetic operand.".utf8), at: entity.range)
        }
    }

    /// The operand a slice applies to, which must have a byte form.
    func checkSliceable(_ entity: Entity) throws(FilterDiagnostic) -> Operand {
        switch resolve(entity) {
        case .field(let id, let token), .layer(let id, let token, _):
            let field = fields[id]
            guard field.type.canSlice else {
                let message =
                    "\"\(field.name)\" is a \(field.type.prettyName) and cannot be sliced into a sequence of bytes."
                throw FilterDiagnostic(message, at: token.range)
            }
            if case .layer(_, _, let layers) = resolve(entity) { return .field(id, layers: layers) }
            return .field(id, layers: [])
        case .function(let name, let token, let arguments):
            let (operand, type) = try checkFunction(name, token, arguments)
            guard type.canSlice else {
                let message =
                    "Return value of function \"\(name.rawValue)\" is a \(type.prettyName) and cannot be converted into a sequence of bytes."
                throw FilterDiagnostic(message, at: token.range)
            }
            return operand
        case .slice(let inner, let ranges):
            return .slice(try checkSliceable(inner), ranges)
        case .uncomputed(let field, let token) where !field.isReference:
            guard field.type.canSlice else {
                let message =
                    "\"\(field.registeredName)\" is a \(field.type.prettyName) and cannot be sliced into a sequence of bytes."
                throw FilterDiagnostic(message, at: token.range)
            }
            deferRefusal(field, at: token.range)
            return .nothing
        case let other:
            throw FilterDiagnostic(
                bytes: Array("Range is not supported for entity ".utf8) + display(other), at: other.range)
        }
    }

    /// A function call: its argument count, then its arguments. swfollow evaluates `len()` and
    /// `count()`; tshark's other functions are rejected with a message of swfollow's own.
    func checkFunction(_ name: FunctionName, _ token: Token, _ arguments: [Arithmetic]) throws(FilterDiagnostic)
        -> TypedOperand
    {
        let (minimum, maximum) = name.arity
        if arguments.count < minimum {
            throw FilterDiagnostic("Function \(name.rawValue) needs at least \(minimum) arguments.", at: token.range)
        }
        if let maximum, arguments.count > maximum {
            throw FilterDiagnostic("Function \(name.rawValue) can only accept \(maximum) arguments.", at: token.range)
        }
        switch name {
        case .len, .count:
            if case .entity(let entity) = arguments[0], case .uncomputed(let field, let token) = resolve(entity),
                !field.isReference
            {
                deferRefusal(field, at: token.range)
                return (.nothing, .uint32)
            }
            guard case .entity(let entity) = arguments[0], case .field(let id, _) = resolve(entity) else {
                throw FilterDiagnostic(
                    "Only fields can be used as parameter for \(name.rawValue)()", at: arguments[0].range)
            }
            let field = Operand.field(id, layers: [])
            return (name == .len ? .length(field, fixed: fields[id].type.fixedLength) : .count(field), .uint32)
        case .upper, .lower:
            if case .entity(let entity) = arguments[0], case .uncomputed(let field, let token) = resolve(entity),
                field.type.isString, !field.isReference
            {
                throw .notComputed(field, at: token.range)
            }
            // No field swfollow knows is a string, which is all these accept.
            let message = "Only string type fields can be used as parameter for \(name.rawValue)()"
            throw FilterDiagnostic(message, at: arguments[0].range)
        case .string, .max, .min, .abs:
            throw FilterDiagnostic("swfollow does not support the function \(name.rawValue)() yet.", at: token.range)
        }
    }
}

/// Operand classes the semantic check asks about.
extension Entity {
    /// A field, or a field restricted to some layers.
    var isFieldOrLayer: Bool {
        switch self {
        case .field, .layer: true
        default: false
        }
    }

    /// A protocol or field tshark knows and swfollow does not compute (not a reference to one).
    var isUncomputedField: Bool {
        if case .uncomputed(let field, _) = self { return !field.isReference }
        return false
    }

    /// Literals of every kind (tshark's `node_is_constant`).
    var isConstant: Bool {
        switch self {
        case .string, .charConstant, .literal: true
        default: false
        }
    }
}
