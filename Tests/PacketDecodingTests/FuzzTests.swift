import PacketDecoding
import TestSupport
import Testing

/// Mangled and random frames never trap the decoder, and what it returns stays consistent.
struct FuzzTests {
    typealias P = TestPackets

    static let segment = P.tcp(options: [2, 4, 5, 180], payload: Array("fuzzing payload".utf8))
    static let seeds: [(LinkType, [UInt8])] = [
        (.ethernet, P.ethernet(P.ipv4(segment, options: [131, 7, 4, 10, 7, 7, 7, 0]))),
        (
            .ethernet,
            P.ethernet(
                P.ipv6(
                    [0, 0, 1, 4, 0, 0, 0, 0] + P.fragmentHeader(offset: 0, more: true, identification: 3) + segment,
                    nextHeader: 0), type: 0x86DD)
        ),
        (.ethernet, P.ethernet(P.ipv4(Array(segment[0..<16]), moreFragments: true))),
        (.ethernet, P.ethernet(P.ipv4(Array(segment[16...]), fragmentOffset: 16))),
        (.ethernet, P.ethernet(P.ipv4(P.icmp(type: 3, P.ipv4(segment)), protocolNumber: 1))),
        (
            .ethernet,
            P.ethernet(
                P.ipv4(
                    [0x30, 0, 0x88, 0xBE] + [0, 0, 0, 1] + [0x10, 0, 0, 1, 0, 0, 0, 0] + P.ethernet(P.ipv4(segment)),
                    protocolNumber: 47))
        ),
        (
            .ethernet,
            P.ethernet(
                P.ipv4(
                    [0x08, 0x68, 0x08, 0x68, 0, 60, 0, 0, 0x34, 0xFF, 0, 40, 0, 0, 0, 1, 0, 0, 0, 0x85, 1, 0, 0, 0]
                        + P.ipv4(segment), protocolNumber: 17))
        ),
        (.linuxSLL2, [0x86, 0xDD, 0, 0, 0, 0, 0, 1, 0, 1, 0, 6] + [UInt8](repeating: 0, count: 8) + P.ipv6(segment)),
        (.null, [2, 0, 0, 0] + P.ipv4(segment)),
        (.raw, P.ipv6([6, 2, 0, 1, 0, 0, 0, 0] + P.address6(9) + segment, nextHeader: 43)),
    ]

    @Test func mangledFramesDecodeConsistently() {
        var random = SplitMix64(seed: 2024)
        var decoder = PacketDecoder()
        for _ in 0..<20_000 {
            let (linkType, seed) = Self.seeds.randomElement(using: &random)!
            var frame = seed
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                frame[Int.random(in: 0..<frame.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            frame.removeLast(Int.random(in: 0...frame.count / 3, using: &random))
            let originalLength =
                frame.count + Int.random(in: 0...3, using: &random) * Int.random(in: 0...500, using: &random)
            if let decoded = decoder.decode(frame, linkType: linkType, originalLength: originalLength) {
                #expect(decoded.headerLength <= 60 && decoded.headerLength % 4 == 0)
                #expect(!decoded.isHeaderComplete || (decoded.headerLength >= 20 && decoded.isSegmentLengthKnown))
                #expect(!decoded.isSegmentLengthKnown || decoded.payload.count <= decoded.segmentLength)
                #expect(decoded.isSegmentLengthKnown || decoded.segmentLength == 0)
            }
        }
    }

    @Test(arguments: [
        LinkType.ethernet, .linuxSLL, .linuxSLL2, .null, .loop, .raw, .ipv4, .ipv6, LinkType(rawValue: 9),
        LinkType(rawValue: 104),
    ])
    func randomBytesNeverTrap(linkType: LinkType) {
        var random = SplitMix64(seed: UInt64(linkType.rawValue) + 1)
        var decoder = PacketDecoder()
        for _ in 0..<5_000 {
            let frame = (0..<Int.random(in: 0...120, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            _ = decoder.decode(
                frame, linkType: linkType, originalLength: frame.count + Int.random(in: 0...100, using: &random))
        }
    }
}
