/// Operands: literals, fields, layers, function calls, references and slices.
extension Parser {
    /// An entity with any number of `[…]` slices after it.
    mutating func parseEntity() throws(FilterDiagnostic) -> Entity {
        var entity = try parseAtom()
        while token.kind == .leftBracket {
            entity = .slice(entity, try parseRanges())
        }
        return entity
    }

    private mutating func parseAtom() throws(FilterDiagnostic) -> Entity {
        let first = token
        switch first.kind {
        case .string(let value):
            try advance()
            return .string(value, first)
        case .charConstant(let value):
            try advance()
            return .charConstant(value, first)
        case .literal, .unparsed, .identifier:
            try advance()
            if token.kind == .hash { return try parseLayer(of: first) }
            if first.kind != .identifier, token.kind == .leftParen { return try parseCall(named: first) }
            if first.kind == .literal { return .literal(first) }
            if first.kind == .identifier {
                let name = String(first.text.dropFirst())
                if let id = registry.field(named: name) { return .field(id, first) }
                if let known = TsharkRegistry.field(named: name) { return .uncomputed(known, first) }
            }
            return .unparsed(first)
        case .dollar:
            return try parseReference()
        default:
            throw unexpected()
        }
    }

    /// `name#n` or `name#[ranges]`; the name must be a field (checked once the layer is read).
    private mutating func parseLayer(of name: Token) throws(FilterDiagnostic) -> Entity {
        try advance()
        let layers: [SliceRange]
        if token.kind == .layerIndex {
            let index = Int32(clamping: Int(token.text) ?? Int(Int32.max))
            layers = [SliceRange(start: index, end: .length(1))]
        } else if token.kind == .leftBracket {
            layers = try parseRanges(advancingPastEnd: false)
        } else {
            throw unexpected()
        }
        let text = name.kind == .identifier ? String(name.text.dropFirst()) : name.text
        guard let id = registry.field(named: text) else {
            if let known = TsharkRegistry.field(named: text) { throw .notComputed(known, at: name.range) }
            throw FilterDiagnostic("\(text) is not a valid field", at: name.range)
        }
        try advance()
        return .layer(id, name, layers)
    }

    /// `name(arguments)` (the current token is `(`); unknown names fail once `)` is read.
    private mutating func parseCall(named name: Token) throws(FilterDiagnostic) -> Entity {
        try advance()
        var arguments: [Arithmetic] = []
        if token.kind != .rightParen {
            while true {
                arguments.append(try parseArithmetic().0)
                guard token.kind == .comma else { break }
                try advance()
            }
        }
        guard token.kind == .rightParen else { throw unexpected() }
        guard let function = FunctionName(rawValue: name.text) else {
            throw FilterDiagnostic("Function '\(name.text)' does not exist", at: name.range)
        }
        try advance()
        return .function(function, name, arguments)
    }

    /// `${field}` (macro expansion has already rejected other names).
    private mutating func parseReference() throws(FilterDiagnostic) -> Entity {
        try advance()
        try expect(.leftBrace)
        let name = token
        let text = name.kind == .identifier ? String(name.text.dropFirst()) : name.text
        guard name.kind == .unparsed || name.kind == .identifier else { throw unexpected() }
        if let id = registry.field(named: text) {
            try advance()
            try expect(.rightBrace)
            return .reference(id, name)
        }
        guard var known = TsharkRegistry.field(named: text) else { throw unexpected() }
        known.isReference = true
        try advance()
        try expect(.rightBrace)
        return .uncomputed(known, name)
    }

    /// `[node, node, …]` (the current token is `[`). Like tshark's grammar, each node is
    /// checked once the token after it (`,` or `]`) has been read.
    private mutating func parseRanges(advancingPastEnd: Bool = true) throws(FilterDiagnostic) -> [SliceRange] {
        try advance()
        var ranges: [SliceRange] = []
        while true {
            let node = token
            guard node.kind == .rangeNode else { throw unexpected() }
            try advance()
            ranges.append(try SliceRange.parse(Array(node.text.utf8), at: node.range))
            guard token.kind == .comma else { break }
            try advance()
        }
        guard token.kind == .rightBracket else { throw unexpected() }
        if advancingPastEnd { try advance() }
        return ranges
    }
}
