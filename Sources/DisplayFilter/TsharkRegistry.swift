/// A protocol or field that tshark 4.0.17 knows but swfollow does not compute (`http.host`,
/// `udp`): enough to read a filter word as tshark reads it and to give tshark's type errors.
package struct TsharkField: Hashable, Sendable {
    /// The name as the filter spells it (an alias such as `ssl.record` stays as written).
    package var name: String
    package var type: TsharkFieldType
    /// What tshark tries when a value for this (integer or boolean) field does not convert.
    package var valueNames: TsharkValueNames = .none
    /// The name tshark registered (`tls.record` for `ssl.record`), which some messages show.
    package var registeredName: String
    /// Whether this is a `${field}` reference (the field's value in the selected frame).
    package var isReference = false

    package init(
        name: String, type: TsharkFieldType, valueNames: TsharkValueNames = .none, registeredName: String? = nil
    ) {
        self.name = name
        self.type = type
        self.valueNames = valueNames
        self.registeredName = registeredName ?? name
    }

    /// Whether this is a protocol (`udp`), not a field of one.
    package var isProtocol: Bool { type == .protocolType }
}

/// What an integer or boolean field offers a value that is not a number
/// (`mk_fvalue_from_val_string`).
package enum TsharkValueNames: Hashable, Sendable {
    /// None: the conversion's error stands (booleans still take `True` and `False`).
    case none
    /// Value names (or true/false names) swfollow does not ship: only tshark knows the verdict.
    case named
    /// Range strings: tshark refuses every name.
    case ranges
    /// A custom formatter: tshark refuses every name.
    case custom
}

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

/// Looks names up in tshark 4.0.17's registry (`proto_registrar_get_byname`, then its aliases).
enum TsharkRegistry {
    /// The protocol aliases Wireshark 4.0.17 registers (`proto_register_alias`): `ssl.record`
    /// is `tls.record`.
    private static let aliases: [String: String] = [
        "ssl": "tls", "bootp": "dhcp", "nm": "autosar-nm", "104apci": "iec60870_104", "104asdu": "iec60870_asdu",
    ]

    /// The protocol or field called `name` (case-sensitive, as tshark looks names up), or nil.
    ///
    /// - Parameter followingAliases: whether to try the protocol aliases too (filters do, `-e` does not).
    static func field(named name: String, followingAliases: Bool = true) -> TsharkField? {
        if let (type, valueNames) = entry(of: Array(name.utf8)) {
            return TsharkField(name: name, type: type, valueNames: valueNames)
        }
        guard followingAliases else { return nil }
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let target = aliases[String(parts[0])] else { return nil }
        let real = parts.count == 2 ? target + "." + parts[1] : target
        return entry(of: Array(real.utf8)).map {
            TsharkField(name: name, type: $0.0, valueNames: $0.1, registeredName: real)
        }
    }

    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// The value-name marks that may end a line, after the type character.
    private static let marks: [UInt8: TsharkValueNames] = [
        UInt8(ascii: "+"): .named, UInt8(ascii: "~"): .ranges, UInt8(ascii: "^"): .custom,
    ]

    /// Where a line's type character is (the name ends there).
    private static func typePosition(_ blob: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        marks[blob[end - 1]] == nil ? end - 1 : end - 2
    }

    /// Binary search, by byte offset, over the lines that write their name in full (a `0` after a
    /// newline); then decoding forward from the last of them not after `wanted`. No index is built:
    /// a lookup reads about 22 such lines and at most 64 more.
    private static func entry(of wanted: [UInt8]) -> (TsharkFieldType, TsharkValueNames)? {
        TsharkFieldNames.blob.withUTF8Buffer { blob -> (TsharkFieldType, TsharkValueNames)? in
            guard !blob.isEmpty else { return nil }
            func lineEnd(_ start: Int) -> Int {
                var end = start
                while end < blob.count, blob[end] != 0x0A { end += 1 }
                return end
            }
            /// The first line in `from..<before` that writes its name in full.
            func restart(from: Int, before: Int) -> Int? {
                var at = from
                while at < before {
                    if (at == 0 || blob[at - 1] == 0x0A), blob[at] == UInt8(ascii: "0") { return at }
                    at += 1
                }
                return nil
            }
            func notAfterWanted(_ start: Int) -> Bool {
                let name = blob[(start + 1)..<typePosition(blob, lineEnd(start))]
                return !wanted.lexicographicallyPrecedes(name)
            }
            // low: a full-name line not after wanted; high: where the lines after it begin.
            guard notAfterWanted(0) else { return nil }
            var low = 0
            var high = blob.count
            while high - low > 1 {
                let middle = low + (high - low) / 2
                guard let line = restart(from: middle, before: high) else {
                    high = middle
                    continue
                }
                if notAfterWanted(line) { low = line } else { high = line }
            }
            var start = low
            var name: [UInt8] = []
            while start < blob.count {
                let end = lineEnd(start)
                guard end - start >= 2, let shared = digits.firstIndex(of: blob[start]) else { return nil }
                if start != low, shared == 0 { return nil }
                name.removeSubrange(Swift.min(shared, name.count)...)
                name += blob[(start + 1)..<typePosition(blob, end)]
                if name == wanted { return typeOfLine(blob, start, end) }
                start = end + 1
            }
            return nil
        }
    }

    private static func typeOfLine(_ blob: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> (TsharkFieldType, TsharkValueNames)?
    {
        let position = typePosition(blob, end)
        guard let index = digits.firstIndex(of: blob[position]), index < TsharkFieldNames.types.count,
            let type = TsharkFieldType(named: TsharkFieldNames.types[index].name)
        else { return nil }
        return (type, marks[blob[end - 1]] ?? .none)
    }
}
