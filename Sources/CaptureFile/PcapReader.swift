import PacketDecoding

/// Frames from a pcap ("libpcap") file.
///
/// ```
/// record header (16 bytes; 20, 24 or 28 in some variants)
/// +--------+----------------+----------+----------+- - - - - - - -+
/// | ts_sec | ts_usec / nsec | incl_len | orig_len | variant extra |  then incl_len bytes of data
/// +--------+----------------+----------+----------+- - - - - - - -+
/// ```
final class PcapReader {
    private let buffer: ReadBuffer
    private let header: PcapFileHeader
    private let variant: PcapVariant
    private let recordHeaderSize: Int
    /// The largest record tshark accepts for this link type.
    private let maximumCaptureLength: UInt32
    /// AIX pads FDDI frames with 3 leading bytes, which tshark strips.
    private let leadingPadding: Int
    /// The file's one interface, as its header declares it.
    let interface: CaptureInterface

    /// Reads the file header at `buffer.cursor` and settles the variant as tshark does.
    /// - Throws: tshark's open-time errors for the header.
    init(buffer: ReadBuffer, swapped: Bool, magic: UInt32, isPipe: Bool) throws(CaptureError) {
        guard let bytes = try buffer.window(PcapFileHeader.size) else {
            throw .cutShortInHeader(path: buffer.path)
        }
        let header = try PcapFileHeader(FieldReader(bytes: bytes, swapped: swapped), magic: magic, path: buffer.path)
        buffer.consume(PcapFileHeader.size)
        self.buffer = buffer
        self.header = header
        variant = try Self.settleVariant(header: header, buffer: buffer, isPipe: isPipe)
        recordHeaderSize = variant.recordHeaderSize
        maximumCaptureLength = header.linkType.maximumCaptureLength
        leadingPadding = variant == .aix && header.linkType.rawValue == 10 ? 3 : 0
        interface = CaptureInterface(
            linkType: header.linkType, snapshotLength: header.snapshotLength,
            timestampResolution: variant.hasNanosecondTimestamps ? 9 : 6)
    }

    /// The variant: from the header when it decides, else probed from the first records
    /// (tshark cannot probe a pipe: it assumes standard pcap, and refuses the modified magic).
    private static func settleVariant(
        header: PcapFileHeader, buffer: ReadBuffer, isPipe: Bool
    ) throws(CaptureError) -> PcapVariant {
        if let known = header.knownVariant { return known }
        let isModified = header.magic == PcapFileHeader.modifiedMagic
        if isPipe {
            guard !isModified else {
                throw .unsupported(path: buffer.path, detail: "pcap: that type of pcap file can't be read from a pipe")
            }
            return .standard
        }
        let candidates: [PcapVariant] = isModified ? [.ss991029, .ss990915] : [.standard, .ss990417, .nokia]
        return try PcapVariantProbe.choose(among: candidates, header: header, buffer: buffer)
    }

    /// The next record, or `nil` at the end of the file.
    /// - Throws: `cutShortInPacket` for a cut record; `damaged` for a length over tshark's limit.
    func next() throws(CaptureError) -> CapturedFrame? {
        guard let head = try buffer.window(recordHeaderSize) else {
            if buffer.available == 0 { return nil }
            throw .cutShortInPacket(path: buffer.path)
        }
        let fields = FieldReader(bytes: head, swapped: header.swapped)
        let record = PcapRecordHeader(fields, lengthOrder: header.lengthOrder)
        guard record.captureLength <= maximumCaptureLength else {
            throw .damaged(
                path: buffer.path,
                detail:
                    "pcap: File has \(record.captureLength)-byte packet, bigger than maximum of \(maximumCaptureLength)"
            )
        }
        let timestamp = Timestamp(
            seconds: Int64(record.seconds),
            nanoseconds: variant.hasNanosecondTimestamps ? record.fraction : record.fraction &* 1000
        )
        var frame = try frame(
            captureLength: record.captureLength, originalLength: record.originalLength, timestamp: timestamp)
        frame.storedTimestamp = UInt64(record.seconds) << 32 | UInt64(record.fraction)
        return frame
    }

    /// Takes the record's data out of the buffer (dropping AIX's FDDI padding).
    private func frame(
        captureLength: UInt32, originalLength: UInt32, timestamp: Timestamp
    ) throws(CaptureError) -> CapturedFrame {
        // tshark subtracts the padding without a floor: a shorter record asks for ~4 GiB, which
        // no file holds, so it is cut short (as a negative count is for `slice`).
        let recordLength = recordHeaderSize + Int(captureLength)
        guard let record = try buffer.window(recordLength),
            let data = FieldReader(bytes: record, swapped: false).slice(
                at: recordHeaderSize + leadingPadding, count: Int(captureLength) - leadingPadding)
        else {
            throw .cutShortInPacket(path: buffer.path)
        }
        buffer.consume(recordLength)
        return CapturedFrame(
            linkType: header.linkType,
            timestamp: timestamp,
            originalLength: Int(originalLength &- UInt32(leadingPadding)),
            bytes: data.bytes
        )
    }
}
