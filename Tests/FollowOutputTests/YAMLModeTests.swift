import FollowOutput
import PacketDecoding
import Testing

/// yaml blocks: peers, entries, 57-byte base64 lines, markers and empty blocks (FOLLOW-SPEC R2.10).
struct YAMLModeTests {
    private let peers = "peers:\n  - peer: 0\n    host: 10.0.0.1\n    port: 40000\n"
        + "  - peer: 1\n    host: 10.0.0.2\n    port: 80\npackets:\n"

    @Test func entriesCarryFramePeerTimeAndBase64() {
        let records = [
            TestRecord(
                0, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", frame: 4,
                time: Timestamp(seconds: 1_700_000_000, nanoseconds: 3_000_000)),
            TestRecord(1, "[5 bytes missing in capture file]\0", frame: 6),
        ]
        let expected = peers
            + "  - packet: 4\n    peer: 0\n    timestamp: 1700000000.003000021\n    data: !!binary |\n"
            + "      R0VUIC8gSFRUUC8xLjENCkhvc3Q6IHgNCg0K\n"
            + "  - packet: 6\n    peer: 1\n    timestamp: 0.000000000\n    data: !!binary |\n"
            + "      WzUgYnl0ZXMgbWlzc2luZyBpbiBjYXB0dXJlIGZpbGVdAA==\n"
        #expect(renderBlock(.yaml, records) == expected)
    }

    /// A full line: 57 `x` encode as 19 × `eHh4`.
    private static let fullLine = String(repeating: "eHh4", count: 19)

    @Test("base64 lines hold 57 bytes", arguments: [
        (1, ["eA=="]), (2, ["eHg="]), (57, [fullLine]), (58, [fullLine, "eA=="]), (114, [fullLine, fullLine]),
    ])
    func base64Wrapping(count: Int, lines: [String]) {
        let text = renderBlock(.yaml, [TestRecord(0, String(repeating: "x", count: count))])
        let data = text.split(separator: "\n").drop { !$0.hasPrefix("    data:") }.dropFirst()
        #expect(data.map(String.init) == lines.map { "      " + $0 })
    }

    @Test func base64UsesTheStandardAlphabet() {
        let text = renderBlock(.yaml, [TestRecord(0, [0xFB, 0xEF, 0xFF, 0x00, 0x10, 0x83])])
        #expect(text.hasSuffix("      ++//ABCD\n"))
    }

    @Test func unknownStreamHasEmptyHostAndPortZero() {
        let expected = "peers:\n  - peer: 0\n    host: \n    port: 0\n  - peer: 1\n    host: \n    port: 0\npackets:\n"
        #expect(renderBlock(.yaml, [], nodes: nil) == expected)
    }

    @Test func ipv6HostsHaveNoBrackets() {
        let client = Endpoint(address: .v6(high: 0x2001_0DB8_0000_0000, low: 1), port: 40000)
        let server = Endpoint(address: .v6(high: 0x2001_0DB8_0000_0000, low: 2), port: 80)
        #expect(renderBlock(.yaml, [], nodes: (client, server)).contains("    host: 2001:db8::1\n    port: 40000\n"))
        let nodeLines = "Node 0: [2001:db8::1]:40000\nNode 1: [2001:db8::2]:80\n"
        #expect(renderBlock(.ascii, [], nodes: (client, server)).contains(nodeLines))
    }
}
