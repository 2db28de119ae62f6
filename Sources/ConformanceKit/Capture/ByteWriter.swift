/// The byte order in which a capture file writes its header fields.
public enum ByteOrder: Sendable, Hashable {
    /// Least significant byte first (what little-endian writers produce).
    case little
    /// Most significant byte first (network order; what big-endian writers produce).
    case big
}

/// Appends fixed-width integers and raw bytes to a growing buffer in a chosen byte order.
///
/// Used by the capture writers so that the same code emits both byte orders of pcap and pcapng.
public struct ByteWriter: Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []
    /// The byte order of multi-byte integers.
    public let order: ByteOrder

    /// Creates an empty writer.
    /// - Parameter order: the byte order used by `u16`, `u32` and `u64`.
    public init(order: ByteOrder) {
        self.order = order
    }

    /// Appends one byte.
    public mutating func u8(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends a 16-bit integer in the writer's byte order.
    public mutating func u16(_ value: UInt16) {
        integer(UInt64(value), width: 2)
    }

    /// Appends a 32-bit integer in the writer's byte order.
    public mutating func u32(_ value: UInt32) {
        integer(UInt64(value), width: 4)
    }

    /// Appends a 64-bit integer in the writer's byte order.
    public mutating func u64(_ value: UInt64) {
        integer(value, width: 8)
    }

    /// Appends bytes unchanged.
    public mutating func append<S: Sequence>(_ data: S) where S.Element == UInt8 {
        bytes.append(contentsOf: data)
    }

    /// Appends zero bytes until the length is a multiple of `alignment`.
    public mutating func pad(to alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }

    private mutating func integer(_ value: UInt64, width: Int) {
        for index in 0..<width {
            let shift = order == .little ? index * 8 : (width - 1 - index) * 8
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }
}
