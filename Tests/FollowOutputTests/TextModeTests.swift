import FollowOutput
import Testing

/// ascii, ebcdic and raw records on hand-built input (FOLLOW-SPEC R2.6, R2.7, R2.9).
struct TextModeTests {
    /// fmt_basic's two records: a request and a reply with NUL, SOH, TAB and 0xFF.
    private let basic = [
        TestRecord(0, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        TestRecord(1, Array("HTTP/1.1 200 OK\r\n\r\nhello".utf8) + [0x00, 0x01, 0x09] + Array("world".utf8) + [0xFF]),
    ]

    @Test func asciiLengthLinesAndMapping() {
        let expected = specHeader("ascii") + "27\nGET / HTTP/1.1\r\nHost: x\r\n\r\n\n"
            + "\t33\nHTTP/1.1 200 OK\r\n\r\nhello...world.\n" + separator
        #expect(renderBlock(.ascii, basic) == expected)
    }

    @Test func asciiMapsEveryNonPrintableByteToDot() {
        let all = TestRecord(0, (0...255).map { UInt8($0) })
        let body = renderBytes(.ascii, [all]).dropFirst(specHeader("ascii").utf8.count + 4).prefix(256)
        for (byte, shown) in zip(0...255, body) {
            let kept = byte == 0x0A || byte == 0x0D || (0x20...0x7E).contains(byte)
            #expect(shown == (kept ? UInt8(byte) : 0x2E), "byte \(byte)")
        }
    }

    @Test func ebcdicConvertsDataButNotTheLengthLine() {
        let records = [TestRecord(0, "GET / HTTP/1.1\r\n"), TestRecord(1, "2@Z\n\u{7F}ab|1")]
        let expected = specHeader("ebcdic") + "16\n... / ...&/...\r\n\n" + "\t9\n2 !\n./.@.\n" + separator
        #expect(renderBlock(.ebcdic, records) == expected)
    }

    @Test func rawIsOneHexLinePerRecord() {
        let expected = specHeader("raw") + "474554202f20485454502f312e310d0a486f73743a20780d0a0d0a\n"
            + "\t485454502f312e3120323030204f4b0d0a0d0a68656c6c6f000109776f726c64ff\n" + separator
        #expect(renderBlock(.raw, basic) == expected)
    }

    @Test func rawNeverSplitsALongRecord() {
        let large = TestRecord(1, (0..<5000).map { UInt8(truncatingIfNeeded: $0) })
        let lines = renderBlock(.raw, [large]).split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines[5].count == 1 + 10_000)
        #expect(lines[5].hasPrefix("\t000102030405") && lines[5].hasSuffix("84858687"))
    }

    @Test(arguments: [FollowMode.ascii, .ebcdic, .hex, .raw])
    func unknownStreamBlock(mode: FollowMode) {
        let expected = "\n" + separator + "Follow: tcp,\(mode.rawValue)\nFilter: tcp.stream eq 7\n"
            + "Node 0: :0\nNode 1: :0\n" + separator
        #expect(renderBlock(mode, [], nodes: nil, filter: "tcp.stream eq 7") == expected)
    }

    @Test func streamWithoutPayloadKeepsItsNodes() {
        #expect(renderBlock(.ascii, []) == specHeader("ascii") + separator)
    }
}
