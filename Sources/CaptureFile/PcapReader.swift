import PacketDecoding

/// Frames from a pcap ("libpcap") file.
///
/// ```
/// file header (24 bytes)             record header (16 bytes; 24 in the modified format)
/// +--------+-----+-----+------+----+  +--------+----------+---------+----------+
/// | magic  | maj | min | zone |sig |  | ts_sec | ts_frac  | incl_len| orig_len |
/// +--------+-----+-----+------+----+  +--------+----------+---------+----------+
/// | snaplen        | linktype     |  then incl_len bytes of packet data
/// +----------------+--------------+
/// ```
final class PcapReader {
    /// The file header's size.
    static let fileHeaderSize = 24

    private let buffer: ReadBuffer
    private let fields: PcapFileHeader
    private let recordHeaderSize: Int
    /// The largest record tshark accepts for this link type.
    private let maximumCaptureLength: UInt32

    /// Starts reading records after the file header, which must be buffered at `buffer.cursor`.
    init(buffer: ReadBuffer, header: PcapFileHeader) {
        self.buffer = buffer
        fields = header
        recordHeaderSize = header.isModified ? 24 : 16
        maximumCaptureLength = header.linkType.maximumCaptureLength
    }

    /// The next record, or `nil` at the end of the file.
    /// - Throws: `cutShortInPacket` for a cut record; `damaged` for an impossible length.
    func next() throws(CaptureError) -> CapturedFrame? {
        guard try buffer.request(recordHeaderSize) else {
            if buffer.available == 0 { return nil }
            throw .cutShortInPacket(path: buffer.path)
        }
        let header = FieldReader(base: buffer.cursor, swapped: fields.swapped)
        let captureLength = header.uint32(at: 8)
        guard captureLength <= maximumCaptureLength else {
            throw .damaged(
                path: buffer.path,
                detail: "pcap: File has \(captureLength)-byte packet, bigger than maximum of \(maximumCaptureLength)"
            )
        }
        let timestamp = Timestamp(
            seconds: Int64(header.uint32(at: 0)),
            nanoseconds: fields.isNanosecond ? header.uint32(at: 4) : header.uint32(at: 4) &* 1000
        )
        let originalLength = Int(header.uint32(at: 12))
        let recordSize = recordHeaderSize + Int(captureLength)
        guard try buffer.request(recordSize) else {
            throw .cutShortInPacket(path: buffer.path)
        }
        let data = UnsafeRawBufferPointer(start: buffer.cursor + recordHeaderSize, count: Int(captureLength))
        buffer.consume(recordSize)
        return CapturedFrame(
            linkType: fields.linkType, timestamp: timestamp, originalLength: originalLength, bytes: data
        )
    }
}
