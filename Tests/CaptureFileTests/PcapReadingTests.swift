import CaptureFile
import ConformanceKit
import PacketDecoding
import Testing

/// pcap files read as tshark 4.0.17 reads them (expected tables taken from tshark on the same bytes).
@Suite struct PcapReadingTests {
    /// 60 bytes of `x`, so that variant-probe cases read the same numbers tshark printed.
    static let exes = [UInt8](repeating: 0x78, count: 60)

    static let cases: [TableCase] = [
        TableCase(
            "microseconds-little-endian", expected: "1\t60\t60\t1700000000.000005000\n2\t60\t60\t1700000001.999999000\n"
        ) {
            $0.pcapHeader()
            $0.pcapRecord()
            $0.pcapRecord(seconds: 1_700_000_001, fraction: 999_999)
        },
        TableCase(
            "microseconds-big-endian", expected: "1\t60\t60\t1700000000.000005000\n2\t60\t60\t1700000001.999999000\n"
        ) {
            $0.bigEndian = true
            $0.pcapHeader()
            $0.pcapRecord()
            $0.pcapRecord(seconds: 1_700_000_001, fraction: 999_999)
        },
        TableCase("nanoseconds-little-endian", expected: "1\t60\t60\t1700000000.123456789\n") {
            $0.pcapHeader(magic: 0xA1B2_3C4D)
            $0.pcapRecord(fraction: 123_456_789)
        },
        TableCase("nanoseconds-big-endian", expected: "1\t60\t60\t1700000000.999999999\n") {
            $0.bigEndian = true
            $0.pcapHeader(magic: 0xA1B2_3C4D)
            $0.pcapRecord(fraction: 999_999_999)
        },
        TableCase("kuznetzov-modified", expected: "1\t60\t60\t1700000000.000005000\n2\t60\t60\t1700000001.000005000\n")
        {
            $0.pcapHeader(magic: 0xA1B2_CD34)
            for seconds: UInt32 in [1_700_000_000, 1_700_000_001] {
                $0.u32(seconds)
                $0.u32(5)
                $0.u32(60)
                $0.u32(60)
                $0.append([UInt8](repeating: 0, count: 8) + Self.exes)
            }
        },
        TableCase("fcs-bits-masked", expected: "1\t60\t60\t1700000000.000005000\n") {
            $0.pcapHeader(linkType: 0x1000_0001)
            $0.pcapRecord()
        },
        TableCase("version-2.2-lengths-swapped", expected: "1\t60\t100\t1700000000.000005000\n") {
            $0.pcapHeader(minor: 2)
            $0.pcapRecord(data: Self.exes, captureLength: 100, originalLength: 60)
        },
        TableCase("captured-longer-than-original", expected: "1\t60\t10\t1700000000.000005000\n") {
            $0.pcapHeader()
            $0.pcapRecord(originalLength: 10)
        },
        TableCase("aix-nanoseconds", expected: "1\t60\t60\t1700000000.123456789\n") {
            $0.pcapHeader(minor: 2, linkType: 6)
            $0.pcapRecord(fraction: 123_456_789)
        },
        TableCase("aix-fddi-padding", expected: "1\t60\t60\t1700000000.000000005\n") {
            $0.pcapHeader(minor: 2, linkType: 15)
            $0.pcapRecord(data: [0, 0, 0] + Self.exes)
        },
        TableCase(
            "probe-picks-nokia",
            expected:
                "1\t60\t60\t1700000000.000005000\n#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet.\n"
        ) {
            $0.pcapHeader()
            $0.pcapRecord(data: Self.exes)
            $0.pcapRecord(data: Self.exes, captureLength: 300_000, originalLength: 60)
        },
        TableCase(
            "probe-third-record",
            expected: """
                1\t60\t60\t1700000000.000005000
                2\t60\t2021161080\t5.000060000
                #error\tThe file "{path}" appears to be damaged or corrupt.\\n(pcap: File has 2021161080-byte packet, bigger than maximum of 262144)

                """
        ) {
            $0.pcapHeader()
            $0.pcapRecord(data: Self.exes)
            $0.pcapRecord(data: Self.exes)
            $0.pcapRecord(data: Self.exes, captureLength: 300_000, originalLength: 60)
        },
        TableCase("header-only", expected: "") {
            $0.pcapHeader()
        },
        TableCase(
            "absurd-first-record",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcap: File has 4294967295-byte packet, bigger than maximum of 262144)\n"
        ) {
            $0.pcapHeader()
            $0.pcapRecord(captureLength: 0xFFFF_FFFF)
        },
        TableCase(
            "record-over-limit",
            expected:
                "1\t60\t60\t1700000000.000005000\n#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcap: File has 262145-byte packet, bigger than maximum of 262144)\n"
        ) {
            $0.pcapHeader()
            $0.pcapRecord()
            $0.pcapRecord(data: [UInt8](repeating: 0x61, count: 262_145))
        },
        TableCase(
            "version-1",
            expected:
                "#error\tThe file \"{path}\" contains record data that TShark doesn't support.\\n(pcap: major version 1 unsupported)\n"
        ) {
            $0.pcapHeader(major: 1)
            $0.pcapRecord()
        },
        TableCase(
            "unknown-link-type",
            expected:
                "#error\tThe file \"{path}\" contains record data that TShark doesn't support.\\n(pcap: network type 9999 unknown or unsupported)\n"
        ) {
            $0.pcapHeader(linkType: 9999)
        },
        TableCase(
            "reserved-link-type-bits",
            expected:
                "#error\tThe file \"{path}\" contains record data that TShark doesn't support.\\n(pcap: network type reserved field not zero (0x00010000))\n"
        ) {
            $0.pcapHeader(linkType: 0x0001_0001)
        },
        TableCase(
            "file-header-cut",
            expected:
                "#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet or other data.\n"
        ) {
            $0.pcapHeader()
            $0.keepFirst(10)
        },
        TableCase(
            "record-cut",
            expected:
                "1\t60\t60\t1700000000.000005000\n#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet.\n"
        ) {
            $0.pcapHeader()
            $0.pcapRecord()
            $0.pcapRecord(data: Array(CaptureBytes.payload(30)), captureLength: 60)
        },
    ]

    @Test(arguments: cases)
    func readsLikeTshark(_ testCase: TableCase) throws {
        #expect(try testCase.read() == testCase.expected)
    }

    /// The link type comes from the header (AIX's interface type mapped), and the bytes are the record's.
    @Test func framesCarryLinkTypeAndBytes() throws {
        var capture = CaptureBytes()
        capture.pcapHeader(minor: 2, linkType: 6)
        capture.pcapRecord(data: [1, 2, 3, 4])
        let files = try TemporaryCapture()
        let reader = try CaptureReader(path: try files.write(capture.bytes))
        let frame = try #require(try reader.nextFrame())
        #expect(frame.linkType == .ethernet)
        #expect(Array(frame.bytes) == [1, 2, 3, 4])
        #expect(try reader.nextFrame() == nil)
    }

    /// Records bigger than the 1 MiB buffer (USB allows 128 MiB) and many records crossing
    /// buffer refills all come through whole.
    @Test func streamsRecordsAcrossRefills() throws {
        let records =
            [CaptureRecord(seconds: 1_700_000_000, nanoseconds: 5000, data: CaptureBytes.payload(3_000_000))]
            + (0..<3000).map {
                CaptureRecord(seconds: UInt64($0), nanoseconds: 5000, data: CaptureBytes.payload(1 + $0 % 1500))
            }
        let files = try TemporaryCapture()
        let reader = try CaptureReader(
            path: try files.write(PcapWriter(linkType: 189, snaplen: 4_000_000).encode(records)))
        let big = try #require(try reader.nextFrame())
        #expect(Array(big.bytes) == CaptureBytes.payload(3_000_000))
        for index in 0..<3000 {
            let frame = try #require(try reader.nextFrame())
            #expect(frame.timestamp.seconds == Int64(index))
            #expect(Array(frame.bytes) == CaptureBytes.payload(1 + index % 1500))
        }
        #expect(try reader.nextFrame() == nil)
    }
}
