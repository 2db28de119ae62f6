/// Wireshark's field types (`ftenum`), as far as swfollow's fields and filter values need them.
package enum FieldType: Hashable, Sendable {
    case protocolLayer
    case boolean
    case uint8, uint16, uint32
    /// The type of a negative arithmetic result on unsigned fields (Wireshark promotes to `FT_INT32`).
    case int32
    case ipv4, ipv6, ether, bytes
    /// `FT_RELATIVE_TIME`, the type of `frame.time_epoch` in tshark 4.0.
    case relativeTime

    /// `FT_…`, as in "FT_IPv4 cannot +.".
    package var name: String {
        switch self {
        case .protocolLayer: "FT_PROTOCOL"
        case .boolean: "FT_BOOLEAN"
        case .uint8: "FT_UINT8"
        case .uint16: "FT_UINT16"
        case .uint32: "FT_UINT32"
        case .int32: "FT_INT32"
        case .ipv4: "FT_IPv4"
        case .ipv6: "FT_IPv6"
        case .ether: "FT_ETHER"
        case .bytes: "FT_BYTES"
        case .relativeTime: "FT_RELATIVE_TIME"
        }
    }

    /// The pretty name, as in "tcp.port (type=Unsigned integer (2 bytes)) cannot …".
    package var prettyName: String {
        switch self {
        case .protocolLayer: "Protocol"
        case .boolean: "Boolean"
        case .uint8: "Unsigned integer (1 byte)"
        case .uint16: "Unsigned integer (2 bytes)"
        case .uint32: "Unsigned integer (4 bytes)"
        case .int32: "Signed integer (4 bytes)"
        case .ipv4: "IPv4 address"
        case .ipv6: "IPv6 address"
        case .ether: "Ethernet or other MAC address"
        case .bytes: "Byte sequence"
        case .relativeTime: "Time offset"
        }
    }

    /// Integer types (booleans excluded).
    var isInteger: Bool { [.uint8, .uint16, .uint32, .int32].contains(self) }

    /// The largest literal an unsigned type accepts (Wireshark checks `"…" too big for this field`).
    var maximum: UInt64? {
        switch self {
        case .uint8: 0xFF
        case .uint16: 0xFFFF
        case .uint32: 0xFFFF_FFFF
        default: nil
        }
    }

    /// What `len()` reports for types without a byte form (`fvalue_length`): the wire size of
    /// integers; booleans and times count as 0.
    var fixedLength: Int? {
        switch self {
        case .uint8: 1
        case .uint16: 2
        case .uint32, .int32: 4
        case .boolean, .relativeTime: 0
        default: nil
        }
    }

    /// Whether `contains` accepts this type (`ftype_can_contains`).
    var canContain: Bool { [.protocolLayer, .bytes, .ether].contains(self) }

    /// Whether `matches` accepts this type (`ftype_can_matches`).
    var canMatch: Bool { [.protocolLayer, .bytes, .ether].contains(self) }

    /// Whether `[…]` slices this type (`ftype_can_slice`).
    var canSlice: Bool { [.protocolLayer, .bytes, .ether, .ipv4, .ipv6].contains(self) }

    /// Wireshark's "bytes types", compared to slices without conversion (`is_bytes_type`).
    var isBytesLike: Bool { [.bytes, .ether, .ipv6].contains(self) }

    /// Whether `operation` is defined on this type (`ftype_can_add` and friends).
    func supports(_ operation: ArithmeticOperator) -> Bool {
        switch self {
        case .uint8, .uint16, .uint32, .int32: true
        case .relativeTime: operation == .add || operation == .subtract
        case .ipv4, .ipv6, .ether, .bytes: operation == .bitwiseAnd
        case .protocolLayer, .boolean: false
        }
    }

    /// Whether unary minus is defined on this type.
    var supportsNegation: Bool { isInteger || self == .relativeTime }

    /// Whether values of the two types may be compared (`compatible_ftypes`, tshark 4.0.17).
    ///
    /// Note the asymmetry tshark has: an integer field accepts a boolean on its right, a
    /// boolean field accepts only booleans.
    func isCompatible(with other: FieldType) -> Bool {
        switch self {
        case .protocolLayer, .ipv4, .ipv6, .relativeTime, .boolean: self == other
        case .ether, .bytes: other == .ether || other == .bytes
        case .uint8, .uint16, .uint32, .int32: other.isInteger || other == .boolean
        }
    }
}
