import CaptureFile
import PacketDecoding
import Testing

/// pcapng files read as tshark 4.0.17 reads them (expected tables taken from tshark on the same bytes).
@Suite struct PcapngReadingTests {
    static let cases: [TableCase] = [
        TableCase(
            "two-interfaces-little-endian",
            expected: "1\t60\t60\t1700000000.123000000\n2\t60\t60\t1700000000.000000000\n3\t20\t100\t0.000000000\n"
        ) {
            $0.sectionHeader()
            $0.interface(linkType: 1, snaplen: 20)
            $0.interface(linkType: 113, tsresol: 3)
            $0.enhancedPacket(interface: 1, units: 1_700_000_000_123)
            $0.enhancedPacket(interface: 0)
            $0.simplePacket(data: CaptureBytes.payload(20), originalLength: 100)
        },
        TableCase("big-endian", expected: "1\t60\t60\t1700000000.000000000\n2\t60\t60\t1700000000.000000000\n") {
            $0.bigEndian = true
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.obsoletePacket()
        },
        TableCase("resolution-nanoseconds", expected: "1\t60\t60\t1700000000.123456789\n") {
            $0.sectionHeader()
            $0.interface(tsresol: 9)
            $0.enhancedPacket(units: 1_700_000_000_123_456_789)
        },
        TableCase("resolution-power-of-two", expected: "1\t60\t60\t1700000000.500000000\n") {
            $0.sectionHeader()
            $0.interface(tsresol: 0x80 | 30)
            $0.enhancedPacket(units: 1_700_000_000 << 30 + 1 << 29 + 1)
        },
        TableCase("resolution-10^-19-wraps", expected: "1\t60\t60\t1.000000001\n") {
            $0.sectionHeader()
            $0.interface(tsresol: 19)
            $0.enhancedPacket(units: .max)
        },
        TableCase("resolution-too-fine", expected: "1\t60\t60\t0.000000000\n") {
            $0.sectionHeader()
            $0.interface(tsresol: 20)
            $0.enhancedPacket()
        },
        TableCase("time-offset", expected: "1\t60\t60\t1700000100.000000000\n") {
            $0.sectionHeader()
            $0.interface(tsoffset: 100)
            $0.enhancedPacket()
        },
        TableCase(
            "sections-switch-byte-order",
            expected: "1\t60\t60\t1700000000.000000000\n2\t60\t60\t5.000000001\n3\t60\t60\t1700000.000000000\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.bigEndian = true
            $0.sectionHeader()
            $0.interface(linkType: 101, tsresol: 9)
            $0.enhancedPacket(units: 5_000_000_001)
            $0.enhancedPacket()
        },
        TableCase(
            "non-packet-blocks",
            expected:
                "1\t60\t60\t1700000000.000000000\n2\t4\t4\t0.000000000\n3\t4\t0\t1700000000.123456789\n4\t60\t60\t1700000000.000000000\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.block(0x0BAD) {
                $0.u32(12345)
                $0.append([1, 2, 3, 4])
            }  // custom block: a frame
            $0.block(0x204) {  // Sysdig event: a frame
                $0.u16(1)
                $0.u64(1_700_000_000_123_456_789)
                $0.u64(5)
                $0.u32(0)
                $0.u16(0)
                $0.append([1, 2, 3])
            }
            $0.block(5) {
                $0.u32(0)
                $0.u64(0)
            }  // statistics: skipped
            $0.block(4) {
                $0.u16(1)
                $0.u16(8)
                $0.append([10, 0, 0, 1, 0x61, 0x62, 0, 0])
                $0.u32(0)
            }  // names
            $0.block(0x1234_5678) { $0.append([1, 2, 3]) }  // unknown: skipped
            $0.enhancedPacket()
        },
        TableCase(
            "block-shorter-than-its-type",
            expected:
                "1\t60\t60\t1700000000.000000000\n#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: total block length 20 of an EPB is less than the minimum EPB size 32)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.block(6) { $0.u64(0) }
        },
        TableCase(
            "block-lengths-differ",
            expected:
                "1\t60\t60\t1700000000.000000000\n#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: total block lengths (first 92 and second 96) don't match)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.block(6, trailer: 93) {
                $0.u32(0)
                $0.u64(0)
                $0.u32(60)
                $0.u32(60)
                $0.append(CaptureBytes.payload(60))
            }
        },
        TableCase(
            "block-too-large",
            expected:
                "1\t60\t60\t1700000000.000000000\n#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: total block length 2147483632 is too large (> 134348832))\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.block(0x99, length: 0x7FFF_FFF0) { $0.u64(0) }
        },
        TableCase(
            "captured-length-past-block",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: total block length 92 of an EPB is too small for 100 bytes of packet data)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket(captureLength: 100)
        },
        TableCase(
            "unknown-interface",
            expected:
                "1\t60\t60\t1700000000.000000000\n#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: interface index 1 is not less than section interface count 1)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.enhancedPacket(interface: 1)
        },
        TableCase(
            "simple-packet-before-interface",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: SPB appeared before any IDBs in the section)\n"
        ) {
            $0.sectionHeader()
            $0.simplePacket()
        },
        TableCase(
            "simple-packet-longer-than-block",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: total block length 28 of an SPB is too small for 50 bytes of packet data)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.simplePacket(data: CaptureBytes.payload(10), originalLength: 50)
        },
        TableCase(
            "bad-flags-option",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: packet block flags option length 3 is not 4)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            var options = CaptureBytes()
            options.option(2, [1, 2, 3])
            $0.enhancedPacket(options: options.bytes)
        },
        TableCase(
            "option-past-block",
            expected:
                "#error\tThe file \"{path}\" appears to be damaged or corrupt.\\n(pcapng: Not enough data to handle option of length 100)\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket(options: [1, 0, 100, 0])
        },
        TableCase(
            "unsupported-version",
            expected:
                "#error\tThe file \"{path}\" contains record data that TShark doesn't support.\\n(pcapng: unknown SHB version 1.1)\n"
        ) {
            $0.sectionHeader(minor: 1)
        },
        TableCase(
            "foreign-byte-order-magic",
            expected: "#error\tThe file \"{path}\" isn't a capture file in a format TShark understands.\n"
        ) {
            $0.block(0x0A0D_0D0A) {
                $0.u32(0x1122_3344)
                $0.u32(1)
                $0.u64(0)
            }
        },
        TableCase(
            "cut-in-interface-while-opening",
            expected:
                "#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet or other data.\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.keepFirst(38)
        },
        TableCase(
            "cut-in-packet",
            expected:
                "1\t60\t60\t1700000000.000000000\n#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet.\n"
        ) {
            $0.sectionHeader()
            $0.interface()
            $0.enhancedPacket()
            $0.enhancedPacket()
            $0.keepFirst($0.bytes.count - 2)
        },
    ]

    @Test(arguments: cases)
    func readsLikeTshark(_ testCase: TableCase) throws {
        #expect(try testCase.read() == testCase.expected)
    }

    /// Each interface keeps its own link type; non-packet blocks carry `nonPacketRecord`.
    @Test func framesCarryTheirInterfaceLinkType() throws {
        var capture = CaptureBytes()
        capture.sectionHeader()
        capture.interface(linkType: 1)
        capture.interface(linkType: 276)
        capture.enhancedPacket(interface: 1, data: [9, 8, 7])
        capture.enhancedPacket(interface: 0)
        capture.block(0x0BAD) {
            $0.u32(1)
            $0.append([5, 5, 5, 5])
        }
        let files = try TemporaryCapture()
        let reader = try CaptureReader(path: try files.write(capture.bytes))
        let first = try #require(try reader.nextFrame())
        #expect(first.linkType == .linuxSLL2)
        #expect(Array(first.bytes) == [9, 8, 7])
        #expect(try reader.nextFrame()?.linkType == .ethernet)
        let custom = try #require(try reader.nextFrame())
        #expect(custom.linkType == .nonPacketRecord)
        #expect(Array(custom.bytes) == [5, 5, 5, 5])
        #expect(try reader.nextFrame() == nil)
    }
}
