import PacketDecoding
import Testing

/// Cutting a frame at every byte never traps, and the result follows tshark's rules: no segment
/// below 16 captured TCP bytes (R3.4), a complete header only when all of it was captured, and a
/// segment length taken from the IP header, not from what was captured.
struct TruncationTests {
    /// A frame, where its TCP header starts, and the header and segment lengths on the wire.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var linkType: LinkType
        var frame: [UInt8]
        var tcpOffset: Int
        var headerLength: Int
        var segmentLength: Int
        var isQuoted = false
        var testDescription: String { name }
    }

    static let options: [UInt8] = [2, 4, 5, 180, 1, 1, 4, 2, 1, 3, 3, 7]
    static let segment = TestPackets.tcp(options: options, payload: Array("0123456789".utf8))
    static let hopByHop: [UInt8] = [6, 0, 1, 4, 0, 0, 0, 0]
    static let cases: [Case] = [
        Case(
            name: "Ethernet IPv4 options", linkType: .ethernet,
            frame: TestPackets.ethernet(TestPackets.ipv4(segment, options: [1, 1, 1, 0])),
            tcpOffset: 38, headerLength: 32, segmentLength: 10),
        Case(
            name: "QinQ IPv6 hop-by-hop", linkType: .ethernet,
            frame: TestPackets.ethernet(
                [0, 5, 0x81, 0, 0, 6, 0x86, 0xDD] + TestPackets.ipv6(hopByHop + segment, nextHeader: 0), type: 0x88A8),
            tcpOffset: 70, headerLength: 32, segmentLength: 10),
        Case(
            name: "GRE in IPv4", linkType: .raw,
            frame: TestPackets.ipv4([0, 0, 8, 0] + TestPackets.ipv4(segment), protocolNumber: 47),
            tcpOffset: 44, headerLength: 32, segmentLength: 10),
        Case(
            name: "SLL2 IPv4", linkType: .linuxSLL2,
            frame: [8, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 6] + [UInt8](repeating: 0, count: 8) + TestPackets.ipv4(segment),
            tcpOffset: 40, headerLength: 32, segmentLength: 10),
        Case(
            name: "ICMP quote", linkType: .null,
            frame: [2, 0, 0, 0]
                + TestPackets.ipv4(TestPackets.icmp(type: 3, TestPackets.ipv4(segment)), protocolNumber: 1),
            tcpOffset: 52, headerLength: 32, segmentLength: 0, isQuoted: true),
    ]

    @Test(arguments: cases)
    func everySnapLength(_ test: Case) {
        var decoder = PacketDecoder()
        for cut in 0...test.frame.count {
            let decoded = decoder.decode(
                Array(test.frame[0..<cut]), linkType: test.linkType, originalLength: test.frame.count)
            let tcpBytes = cut - test.tcpOffset
            guard tcpBytes >= 16 else {
                #expect(decoded == nil, "cut at \(cut)")
                continue
            }
            #expect(decoded?.source.port == 40000, "cut at \(cut)")
            #expect(decoded?.headerLength == test.headerLength)
            #expect(decoded?.isHeaderComplete == (!test.isQuoted && tcpBytes >= test.headerLength), "cut at \(cut)")
            #expect(decoded?.segmentLength == test.segmentLength)
            #expect(decoded?.isSegmentLengthKnown == !test.isQuoted)
            #expect(decoded?.payload.count == max(0, tcpBytes - test.headerLength), "cut at \(cut)")
            #expect(decoded?.isQuotedInICMP == test.isQuoted)
        }
    }

    /// A frame that really is short (wire length = captured length): the IP length then points
    /// past the frame, so tshark measures from the frame instead, and a header reaching past it
    /// leaves the length unknown.
    @Test(arguments: cases.filter { !$0.isQuoted })
    func everyShortFrame(_ test: Case) {
        var decoder = PacketDecoder()
        for cut in 0...test.frame.count {
            let decoded = decoder.decode(Array(test.frame[0..<cut]), linkType: test.linkType)
            let tcpBytes = cut - test.tcpOffset
            guard tcpBytes >= 16 else {
                #expect(decoded == nil, "cut at \(cut)")
                continue
            }
            let isKnown = tcpBytes >= test.headerLength
            #expect(decoded?.isSegmentLengthKnown == isKnown, "cut at \(cut)")
            #expect(decoded?.isHeaderComplete == isKnown, "cut at \(cut)")
            #expect(decoded?.segmentLength == (isKnown ? tcpBytes - test.headerLength : 0), "cut at \(cut)")
        }
    }
}
