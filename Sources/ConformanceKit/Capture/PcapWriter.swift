/// Writes classic libpcap files (`.pcap`), in either byte order and either timestamp precision.
///
/// ```
/// global header (24 bytes)            record header (16 bytes)
/// +--------+-----+-----+------+---+   +--------+---------+--------+--------+
/// | magic  |2 |4 | zone |sigf|snap|lt | ts_sec | ts_frac | incl   | orig   | data…
/// +--------+-----+-----+------+---+   +--------+---------+--------+--------+
/// ```
/// The magic is `A1B2C3D4` (microseconds) or `A1B23C4D` (nanoseconds), written in the file's byte
/// order; that is how readers tell the order and the precision apart.
public struct PcapWriter: Sendable {
    /// The resolution of the fractional timestamp field.
    public enum Precision: Sendable {
        /// `ts_frac` counts microseconds; nanoseconds are truncated.
        case microseconds
        /// `ts_frac` counts nanoseconds.
        case nanoseconds
    }

    /// The `LINKTYPE_*` value of every record.
    public var linkType: UInt32
    /// The timestamp resolution.
    public var precision: Precision
    /// The byte order of every header field.
    public var order: ByteOrder
    /// The snapshot length written in the global header.
    public var snaplen: UInt32

    /// Creates a writer.
    public init(
        linkType: UInt32, precision: Precision = .microseconds, order: ByteOrder = .little, snaplen: UInt32 = 262_144
    ) {
        self.linkType = linkType
        self.precision = precision
        self.order = order
        self.snaplen = snaplen
    }

    /// Encodes a whole file.
    /// - Parameter records: the packets, in file order.
    /// - Returns: the file's bytes.
    public func encode(_ records: [CaptureRecord]) -> [UInt8] {
        var writer = ByteWriter(order: order)
        writer.u32(precision == .nanoseconds ? 0xA1B2_3C4D : 0xA1B2_C3D4)
        writer.u16(2)
        writer.u16(4)
        writer.u32(0)
        writer.u32(0)
        writer.u32(snaplen)
        writer.u32(linkType)
        for record in records {
            let fraction = precision == .nanoseconds ? record.nanoseconds : record.nanoseconds / 1000
            writer.u32(UInt32(truncatingIfNeeded: record.seconds))
            writer.u32(fraction)
            writer.u32(UInt32(record.data.count))
            writer.u32(UInt32(record.originalLength))
            writer.append(record.data)
        }
        return writer.bytes
    }
}
