import ConformanceKit
import Testing

/// The pcap and pcapng writers used by the corpus generator.
@Suite("Capture writers")
struct CaptureWriterTests {
    static let record = CaptureRecord(
        seconds: 0x0102_0304, nanoseconds: 123_456_789, data: [0xAA, 0xBB, 0xCC], originalLength: 60)

    @Test("pcap: magic, precision and byte order in the headers")
    func pcap() {
        let little = PcapWriter(linkType: 1, precision: .microseconds, order: .little).encode([Self.record])
        #expect(Array(little.prefix(4)) == [0xD4, 0xC3, 0xB2, 0xA1])
        #expect(Array(little[24..<40]) == [4, 3, 2, 1, 0x40, 0xE2, 1, 0, 3, 0, 0, 0, 60, 0, 0, 0])
        #expect(Array(little.suffix(3)) == [0xAA, 0xBB, 0xCC])
        let big = PcapWriter(linkType: 276, precision: .nanoseconds, order: .big).encode([])
        #expect(big == [0xA1, 0xB2, 0x3C, 0x4D, 0, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 1, 0x14])
    }

    @Test("pcapng: blocks are 32-bit aligned and framed by equal lengths")
    func pcapngFraming() {
        let bytes = PcapngWriter().encode(interfaces: [.init(linkType: 1, name: "eth0")], records: [Self.record])
        var offset = 0
        var types: [UInt32] = []
        while offset < bytes.count {
            let type =
                UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(
                    bytes[offset + 3]) << 24
            let length = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8
            #expect(length % 4 == 0)
            #expect(bytes[offset + length - 4] == bytes[offset + 4])
            types.append(type)
            offset += length
        }
        #expect(types == [0x0A0D_0D0A, 1, 6])
        #expect(offset == bytes.count)
    }

    @Test("pcapng timestamps follow if_tsresol (decimal and binary)")
    func pcapngTicks() {
        func ticks(_ resolution: UInt8?) -> [UInt8] {
            let file = PcapngWriter().encode(
                interfaces: [.init(linkType: 1, timestampResolution: resolution)], records: [Self.record])
            let start = file.count - 36  // the EPB: 8 framing + 20 header + 4 data/pad + 4 trailer
            return Array(file[(start + 12)..<(start + 20)])
        }
        let micro = UInt64(0x0102_0304) * 1_000_000 + 123_456
        let nano = UInt64(0x0102_0304) * 1_000_000_000 + 123_456_789
        #expect(ticks(nil) == Self.split(micro))
        #expect(ticks(9) == Self.split(nano))
        let binary = UInt64(0x0102_0304) << 20 + (UInt64(123_456_789) << 20) / 1_000_000_000
        #expect(ticks(0x94) == Self.split(binary))
    }

    /// High word then low word, each little-endian, as an EPB stores them.
    static func split(_ value: UInt64) -> [UInt8] {
        let high = UInt32(value >> 32), low = UInt32(value & 0xFFFF_FFFF)
        return (0..<4).map { UInt8(truncatingIfNeeded: high >> (8 * $0)) }
            + (0..<4).map { UInt8(truncatingIfNeeded: low >> (8 * $0)) }
    }
}
