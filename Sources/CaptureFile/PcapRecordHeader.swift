/// The fields every pcap record header starts with, in this machine's byte order and with the
/// lengths in today's order.
struct PcapRecordHeader {
    var seconds: UInt32
    /// Microseconds, or nanoseconds in the nanosecond and AIX variants.
    var fraction: UInt32
    var captureLength: UInt32
    var originalLength: UInt32

    /// Reads the 16 standard bytes at the start of `fields`.
    @inline(__always)
    init(_ fields: FieldReader, lengthOrder: PcapFileHeader.LengthOrder) {
        seconds = fields.uint32(at: 0)
        fraction = fields.uint32(at: 4)
        captureLength = fields.uint32(at: 8)
        originalLength = fields.uint32(at: 12)
        switch lengthOrder {
        case .normal:
            break
        case .swappedWhenImpossible where captureLength <= originalLength:
            break
        case .swapped, .swappedWhenImpossible:
            swap(&captureLength, &originalLength)
        }
    }
}
