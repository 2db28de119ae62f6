/// One of tshark 4.0.17's field types (`ftenum`), by its place in `TsharkFieldNames.types`.
package struct TsharkFieldType: Hashable, Sendable {
    let index: Int

    /// The type called `name` (`FT_UINT16`), or nil.
    init?(named name: String) {
        guard let index = TsharkFieldNames.types.firstIndex(where: { $0.name == name }) else { return nil }
        self.index = index
    }

    /// The tshark type of one of swfollow's computed types.
    init(_ type: FieldType) {
        self.init(named: type.name)!
    }

    static let protocolType = TsharkFieldType(named: "FT_PROTOCOL")!

    /// `FT_…`.
    package var name: String { TsharkFieldNames.types[index].name }
    /// As in "(type=Character string)".
    package var prettyName: String { TsharkFieldNames.types[index].prettyName }

    private static let strings: Set<String> = [
        "FT_STRING", "FT_STRINGZ", "FT_UINT_STRING", "FT_STRINGZPAD", "FT_STRINGZTRUNC",
    ]
    /// The types whose values convert to integers (`val_to_uinteger64` in the ftype tables).
    private static let integers: Set<String> = [
        "FT_CHAR", "FT_UINT8", "FT_UINT16", "FT_UINT24", "FT_UINT32", "FT_UINT40", "FT_UINT48", "FT_UINT56",
        "FT_UINT64", "FT_INT8", "FT_INT16", "FT_INT24", "FT_INT32", "FT_INT40", "FT_INT48", "FT_INT56", "FT_INT64",
        "FT_BOOLEAN", "FT_IPXNET", "FT_FRAMENUM", "FT_EUI64",
    ]
    /// The byte-like group of `compatible_ftypes`.
    private static let byteGroup: Set<String> = [
        "FT_ETHER", "FT_BYTES", "FT_UINT_BYTES", "FT_GUID", "FT_OID", "FT_AX25", "FT_VINES", "FT_FCWWN",
        "FT_REL_OID", "FT_SYSTEM_ID",
    ]
    private static let containers = Set<String>([
        "FT_PROTOCOL", "FT_BYTES", "FT_UINT_BYTES", "FT_AX25", "FT_VINES", "FT_ETHER", "FT_OID", "FT_REL_OID",
        "FT_SYSTEM_ID", "FT_FCWWN",
    ]).union(strings)
    private static let matchables = Set<String>([
        "FT_PROTOCOL", "FT_BYTES", "FT_AX25", "FT_VINES", "FT_ETHER", "FT_FCWWN",
    ]).union(strings)
    private static let sliceables: Set<String> = containers.union(["FT_IPv4", "FT_IPv6"])
    private static let bytesTypes: Set<String> = [
        "FT_AX25", "FT_VINES", "FT_FCWWN", "FT_ETHER", "FT_BYTES", "FT_UINT_BYTES", "FT_IPv6", "FT_GUID", "FT_OID",
        "FT_REL_OID", "FT_SYSTEM_ID",
    ]

    /// swfollow's type with the same values, if it has one (`FT_UINT16`, not `FT_UINT64`).
    var computedType: FieldType? {
        let computed: [FieldType] = [
            .protocolLayer, .boolean, .uint8, .uint16, .uint32, .int32, .ipv4, .ipv6, .ether, .bytes, .relativeTime,
        ]
        return computed.first { $0.name == name }
    }

    /// The unsigned types wider than swfollow's that tshark parses like them, with their maximum
    /// (`uint_from_literal` and `_uint64_from_literal` differ only in it).
    var widerUnsignedMaximum: UInt64? {
        switch name {
        case "FT_UINT24": 0xFF_FFFF
        case "FT_UINT40": 0xFF_FFFF_FFFF
        case "FT_UINT48": 0xFFFF_FFFF_FFFF
        case "FT_UINT56": 0xFF_FFFF_FFFF_FFFF
        case "FT_UINT64": UInt64.max
        default: nil
        }
    }

    /// The signed integer types' maximum (`sint_from_literal` and `_sint64_from_literal`).
    var signedMaximum: UInt64? {
        switch name {
        case "FT_INT8": 0x7F
        case "FT_INT16": 0x7FFF
        case "FT_INT24": 0x7F_FFFF
        case "FT_INT32": 0x7FFF_FFFF
        case "FT_INT40": 0x7F_FFFF_FFFF
        case "FT_INT48": 0x7FFF_FFFF_FFFF
        case "FT_INT56": 0x7F_FFFF_FFFF_FFFF
        case "FT_INT64": UInt64(Int64.max)
        default: nil
        }
    }

    /// How swfollow converts a literal for this type as tshark does: one of swfollow's types and,
    /// for the integer types swfollow lacks (checked as `FT_UINT32`), the maximum and pretty name
    /// tshark's messages show; nil when swfollow has no such conversion (dates, floats, GUIDs).
    var literalConversion: (type: FieldType, wider: (maximum: UInt64, prettyName: String)?)? {
        if let maximum = widerUnsignedMaximum ?? signedMaximum { return (.uint32, (maximum, prettyName)) }
        guard let type = computedType, type != .int32 else { return nil }
        return (type, nil)
    }

    /// The character-string types.
    var isString: Bool { Self.strings.contains(name) }

    /// `ftype_can_contains`.
    var canContain: Bool { Self.containers.contains(name) }
    /// `ftype_can_matches`.
    var canMatch: Bool { Self.matchables.contains(name) }
    /// `ftype_can_slice`.
    var canSlice: Bool { Self.sliceables.contains(name) }
    /// `is_bytes_type` of the semantic check.
    var isBytesLike: Bool { Self.bytesTypes.contains(name) }

    /// Whether `operation` is defined on this type (the ftype tables' arithmetic functions).
    func supports(_ operation: ArithmeticOperator) -> Bool {
        switch name {
        case let mine where Self.integers.contains(mine) && mine != "FT_BOOLEAN":
            switch mine {
            case "FT_IPXNET": return operation == .bitwiseAnd
            case "FT_EUI64": return [.bitwiseAnd, .add, .subtract].contains(operation)
            default: return true
            }
        case "FT_FLOAT", "FT_DOUBLE": return ![.bitwiseAnd, .modulo].contains(operation)
        case "FT_RELATIVE_TIME": return operation == .add || operation == .subtract
        case "FT_IPv4", "FT_IPv6": return operation == .bitwiseAnd
        case let mine where Self.byteGroup.contains(mine) && mine != "FT_GUID": return operation == .bitwiseAnd
        default: return false
        }
    }

    /// Whether unary minus is defined on this type.
    var supportsNegation: Bool {
        (Self.integers.contains(name) && name != "FT_BOOLEAN")
            || ["FT_FLOAT", "FT_DOUBLE", "FT_RELATIVE_TIME"].contains(name)
    }

    /// Whether a value of `other` may be compared with one of this type (`compatible_ftypes`).
    func isCompatible(with other: TsharkFieldType) -> Bool {
        switch name {
        case "FT_FLOAT", "FT_DOUBLE": return other.name == "FT_FLOAT" || other.name == "FT_DOUBLE"
        case let mine where Self.byteGroup.contains(mine): return Self.byteGroup.contains(other.name)
        case let mine where Self.strings.contains(mine): return Self.strings.contains(other.name)
        case "FT_BOOLEAN": return self == other
        case let mine where Self.integers.contains(mine): return Self.integers.contains(other.name)
        default: return self == other
        }
    }
}
