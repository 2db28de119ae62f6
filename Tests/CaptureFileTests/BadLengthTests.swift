import PacketDecoding
import Testing

@testable import CaptureFile

/// Lengths from the file that are negative, wrap or overflow in tshark's unsigned 32-bit
/// arithmetic, read as tshark 4.0.17 reads them (expected tables taken from tshark on the same
/// bytes), and the checked ranges every reader goes through (``FieldReader/slice(at:count:)``).
@Suite struct BadLengthTests {
    /// A section with one Ethernet interface and one good packet, before the bad block.
    static func goodStart(_ capture: inout CaptureBytes) {
        capture.sectionHeader()
        capture.interface()
        capture.enhancedPacket()
    }

    static let goodFrame = "1\t60\t60\t1700000000.000000000\n"

    static func damaged(_ detail: String) -> String {
        "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(\(detail))\n"
    }

    static let cutShort = "#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet.\n"

    static let cases: [TableCase] = [
        // A Decryption Secrets Block has no minimum length: tshark skips `length - 20 - secrets`
        // bytes in 32 bits, which wraps to ~4 GiB when the block is shorter than that.
        TableCase("secrets-block-shorter-than-its-fields", expected: goodFrame + cutShort) {
            goodStart(&$0)
            $0.block(0x0A, length: 12) { $0.u64(0) }
            $0.enhancedPacket()
        },
        TableCase("secrets-past-block-end", expected: goodFrame + cutShort) {
            goodStart(&$0)
            $0.block(0x0A, length: 32) {
                $0.u32(0x544C_534B)
                $0.u32(100)
                $0.append([UInt8](repeating: 0, count: 12))
            }
            $0.enhancedPacket()
        },
        // 32 + captured length + padding wraps past the block-length check; the per-link-type
        // maximum catches it.
        TableCase(
            "packet-captured-length-wraps",
            expected: goodFrame + damaged("pcapng: cap_len 4294967280 is larger than 262144")
        ) {
            goodStart(&$0)
            $0.enhancedPacket(captureLength: 0xFFFF_FFF0)
        },
        TableCase(
            "simple-packet-original-length-wraps",
            expected: goodFrame + damaged("pcapng: cap_len 4294967280 is larger than 262144")
        ) {
            goodStart(&$0)
            $0.simplePacket(originalLength: 0xFFFF_FFF0)
        },
        // 0xFFFFFFFD rounds up to 0 in 32 bits.
        TableCase(
            "block-length-rounds-to-zero",
            expected: goodFrame
                + damaged("pcapng: total block length 0 of an EPB is less than the minimum EPB size 32")
        ) {
            goodStart(&$0)
            $0.block(6, length: 0xFFFF_FFFD) { $0.append([UInt8](repeating: 0, count: 40)) }
        },
        TableCase(
            "name-record-longer-than-block",
            expected: goodFrame + damaged("pcapng: 8 bytes left in the block < NRB record length + padding 65520")
        ) {
            goodStart(&$0)
            $0.block(4) {
                $0.u16(1)
                $0.u16(0xFFF0)
                $0.u64(0)
            }
        },
        TableCase(
            "journal-entry-only-nul-bytes",
            expected: goodFrame + damaged("pcapng: entry length 52 is too small (< 23)")
        ) {
            goodStart(&$0)
            $0.block(9) { $0.append([UInt8](repeating: 0, count: 40)) }
        },
        TableCase(
            "sysdig-block-shorter-than-its-header",
            expected: goodFrame + damaged("pcapng: total block length 32 of a Sysdig event block is too small (< 36)")
        ) {
            goodStart(&$0)
            $0.block(0x204) { $0.append([UInt8](repeating: 0, count: 20)) }
        },
        TableCase(
            "unknown-block-shorter-than-a-block",
            expected: goodFrame
                + damaged(
                    "pcapng: total block length 8 of an unknown block type is less than the minimum block size 12")
        ) {
            goodStart(&$0)
            $0.u32(0x99)
            $0.u32(8)
            $0.enhancedPacket()
        },
        // AIX strips 3 bytes of FDDI padding without a floor: a shorter record asks for ~4 GiB.
        TableCase("aix-fddi-record-shorter-than-its-padding", expected: cutShort) {
            $0.pcapHeader(minor: 2, linkType: 15)
            $0.pcapRecord(data: [0, 0])
            $0.pcapRecord(data: [UInt8](repeating: 0, count: 30))
        },
    ]

    /// A Netflix custom option (PEN 10949) holding `extra` bytes after the PEN; tshark needs 4
    /// (the option's type) and gives up reading the file, silently, with fewer.
    static func netflixOption(_ extra: [UInt8]) -> [UInt8] {
        var option = CaptureBytes()
        var value = CaptureBytes()
        value.u32(10949)
        value.append(extra)
        option.option(2989, value.bytes)
        option.option(0, [])
        return option.bytes
    }

    /// A Netflix Custom Block (PEN 10949): little-endian type and options, whatever the section.
    static func netflixBlock(_ capture: inout CaptureBytes, length: UInt32? = nil, type: UInt32, rest: [UInt8] = []) {
        capture.block(0x0BAD, length: length) {
            $0.u32(10949)
            var little = CaptureBytes()
            little.u32(type)
            $0.append(little.bytes + rest)
        }
    }

    /// Netflix blocks and options: short lengths are tshark's errors; what its parser fails on
    /// without an error ends the file, quietly.
    static let netflixCases: [TableCase] = [
        TableCase(
            "netflix-block-too-short",
            expected: goodFrame + damaged("pcapng: total block length 16 of a Netflix CB is too small (< 20)")
        ) {
            goodStart(&$0)
            $0.block(0x0BAD) { $0.u32(10949) }
        },
        TableCase(
            "netflix-skip-block-too-short",
            expected: goodFrame + damaged("pcapng: total block length 20 of a Netflix skip CB is too small (< 24)")
        ) {
            goodStart(&$0)
            netflixBlock(&$0, type: 2)
        },
        TableCase(
            "netflix-option-past-block",
            expected: goodFrame + damaged("pcapng: Not enough data to handle option of length 200")
        ) {
            goodStart(&$0)
            netflixBlock(&$0, type: 1, rest: [5, 0, 200, 0])
        },
        TableCase("netflix-block-unknown-type-ends-the-file", expected: goodFrame) {
            goodStart(&$0)
            netflixBlock(&$0, type: 9)
            $0.enhancedPacket()
        },
        TableCase("netflix-block-unknown-option-ends-the-file", expected: goodFrame) {
            goodStart(&$0)
            netflixBlock(&$0, type: 1, rest: [7, 0, 4, 0, 1, 2, 3, 4, 0, 0, 0, 0])
            $0.enhancedPacket()
        },
        TableCase("netflix-option-short-in-packet-ends-the-file", expected: goodFrame) {
            goodStart(&$0)
            $0.enhancedPacket(options: netflixOption([1, 0]))
            $0.enhancedPacket()
        },
        TableCase("netflix-option-short-in-statistics-ends-the-file", expected: goodFrame) {
            goodStart(&$0)
            $0.block(5) {
                $0.u32(0)
                $0.u64(0)
                $0.append(netflixOption([]))
            }
            $0.enhancedPacket()
        },
        TableCase("netflix-option-short-in-later-section-ends-the-file", expected: goodFrame) {
            goodStart(&$0)
            $0.block(0x0A0D_0D0A) {
                $0.u32(0x1A2B_3C4D)
                $0.u16(1)
                $0.u16(0)
                $0.u64(UInt64.max)
                $0.append(netflixOption([1]))
            }
            $0.interface()
            $0.enhancedPacket()
        },
        TableCase(
            "netflix-option-short-in-first-section",
            expected: "#error\tThe file \"{path}\" could not be opened: Success.\n"
        ) {
            $0.block(0x0A0D_0D0A) {
                $0.u32(0x1A2B_3C4D)
                $0.u16(1)
                $0.u16(0)
                $0.u64(UInt64.max)
                $0.append(netflixOption([1]))
            }
            $0.interface()
            $0.enhancedPacket()
        },
        // While opening, tshark takes the failure for the end of the IDBs and reads on from the
        // IDB's trailer: its length and the next block's type make an 8-byte block.
        TableCase(
            "netflix-option-short-in-first-interface",
            expected: damaged(
                "pcapng: total block length 8 of an unknown block type is less than the minimum block size 12")
        ) {
            $0.sectionHeader()
            $0.block(1) {
                $0.u16(1)
                $0.u16(0)
                $0.u32(0)
                $0.append(netflixOption([1]))
            }
            $0.enhancedPacket()
        },
    ]

    @Test(arguments: netflixCases)
    func netflixReadsLikeTshark(_ testCase: TableCase) throws {
        #expect(try testCase.read() == testCase.expected)
    }

    /// Each Netflix event or skip block is a record, numbered like a frame (tshark fills its
    /// lengths from the record before it, so they are not compared).
    @Test func netflixBlocksAreRecords() throws {
        var capture = CaptureBytes(bigEndian: true)
        Self.goodStart(&capture)
        Self.netflixBlock(&capture, type: 1, rest: [1, 0, 4, 0] + Array("note".utf8) + [0, 0, 0, 0])
        Self.netflixBlock(&capture, type: 2, rest: [7, 0, 0, 0])
        capture.enhancedPacket()
        let files = try TemporaryCapture()
        let reader = try CaptureReader(path: try files.write(capture.bytes))
        var linkTypes: [LinkType] = []
        while let frame = try reader.nextFrame() {
            linkTypes.append(frame.linkType)
        }
        #expect(linkTypes == [.ethernet, .nonPacketRecord, .nonPacketRecord, .ethernet])
    }

    @Test(arguments: cases)
    func readsLikeTshark(_ testCase: TableCase) throws {
        #expect(try testCase.read() == testCase.expected)
    }

    /// Ranges outside the bytes are refused however their numbers went wrong.
    @Test func sliceRefusesRangesOutsideTheBytes() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]
        bytes.withUnsafeBytes { raw in
            let fields = FieldReader(bytes: raw, swapped: false)
            #expect(fields.slice(at: 2, count: 4).map { Array($0.bytes) } == [3, 4, 5, 6])
            #expect(fields.slice(at: 8, count: 0)?.count == 0)
            #expect(fields.slice(at: 0, count: 8)?.count == 8)
            #expect(fields.slice(at: 5, count: 4) == nil)
            #expect(fields.slice(at: 9, count: 0) == nil)
            #expect(fields.slice(at: -1, count: 2) == nil)
            #expect(fields.slice(at: 2, count: -1) == nil)
            #expect(fields.slice(at: 4, count: .max) == nil)
            #expect(fields.slice(at: .max, count: .max) == nil)
            #expect(fields.slice(at: .min, count: 4) == nil)
            #expect(fields.suffix(from: 6).map { Array($0.bytes) } == [7, 8])
            #expect(fields.suffix(from: 8)?.count == 0)
            #expect(fields.suffix(from: 9) == nil)
            #expect(fields.suffix(from: .min) == nil)
            // A slice reads in its own coordinates, in the same byte order.
            #expect(fields.slice(at: 4, count: 4)?.uint32(at: 0) == UInt32(littleEndian: 0x0807_0605))
        }
    }

    /// A read window is exactly the bytes asked for, or nothing when they are not all there.
    @Test func windowIsExactlyTheBytesPresent() throws {
        let files = try TemporaryCapture()
        let path = try files.write([1, 2, 3, 4, 5])
        let buffer = ReadBuffer(source: .plain(try FileInput(path: path)), path: path)
        #expect(try buffer.window(-1) == nil)
        #expect(try buffer.window(3).map(Array.init) == [1, 2, 3])
        #expect(try buffer.window(6) == nil)
        #expect(buffer.available == 5)
        buffer.consume(4)
        #expect(try buffer.window(1).map(Array.init) == [5])
        #expect(try buffer.window(2) == nil)
        #expect(try buffer.window(ReadBuffer.maximumCapacity + 1) == nil)
    }
}
