import PacketDecoding
import Testing

/// Decoder behaviour on hand-built frames, each tied to what tshark 4.0.17 showed for the same
/// bytes (the probe captures check the same rules against recorded tshark output).
struct PacketDecoderTests {
    typealias P = TestPackets
    static let data = Array("0123456789".utf8)
    static let segment = P.tcp(payload: data)

    @Test func ethernetPaddingIsNotPayload() throws {
        var decoder = PacketDecoder()
        let padded = P.ethernet(P.ipv4(P.tcp(payload: [0x41]))) + [UInt8](repeating: 0, count: 5)
        let result = decoder.decode(padded)
        let decoded = try #require(result)
        #expect(decoded.segmentLength == 1 && decoded.payload == [0x41] && decoded.isHeaderComplete)
        #expect(decoded.source == Endpoint(address: .v4(0x0A00_0001), port: 40000))
        #expect(decoded.destination == Endpoint(address: .v4(0x0A00_0002), port: 80))
    }

    @Test(arguments: [0x8100, 0x88A8, 0x9100])
    func vlanTagsOfEveryKindAreSkipped(type: Int) {
        var decoder = PacketDecoder()
        let frame = P.ethernet([0, 7, 0x81, 0, 0, 8, 0x08, 0x00] + P.ipv4(Self.segment), type: type)
        #expect(decoder.decode(frame)?.payload == Self.data)
    }

    @Test func cookedCapturesOfBothVersions() {
        var decoder = PacketDecoder()
        let address = [UInt8](repeating: 0, count: 8)
        let v1 = [0, 0, 0, 1, 0, 6] + address + [0x86, 0xDD] + P.ipv6(Self.segment)
        let v2 = [0x08, 0x00, 0, 0, 0, 0, 0, 1, 0, 1, 0, 6] + address + P.ipv4(Self.segment)
        #expect(decoder.decode(v1, linkType: .linuxSLL)?.source.address == .v6(high: 0x2001_0DB8_0000_0000, low: 1))
        #expect(decoder.decode(v2, linkType: .linuxSLL2)?.payload == Self.data)
    }

    @Test func bsdNullAcceptsBothByteOrdersButLoopOnlyNetworkOrder() {
        var decoder = PacketDecoder()
        let packet = P.ipv4(Self.segment)
        #expect(decoder.decode([2, 0, 0, 0] + packet, linkType: .null) != nil)
        #expect(decoder.decode([0, 0, 0, 2] + packet, linkType: .null) != nil)
        #expect(decoder.decode([30, 0, 0, 0] + P.ipv6(Self.segment), linkType: .null) != nil)
        #expect(decoder.decode([10, 0, 0, 0] + P.ipv6(Self.segment), linkType: .null) == nil)
        #expect(decoder.decode([0, 0, 0, 2] + packet, linkType: .loop) != nil)
        #expect(decoder.decode([2, 0, 0, 0] + packet, linkType: .loop) == nil)
    }

    @Test func rawLinkTypesGoByTheVersionNibbleExceptIPv6Only() {
        var decoder = PacketDecoder()
        #expect(decoder.decode(P.ipv6(Self.segment), linkType: .raw) != nil)
        #expect(decoder.decode(P.ipv6(Self.segment), linkType: .ipv4) != nil)
        #expect(decoder.decode(P.ipv4(Self.segment), linkType: .ipv6) == nil)
        #expect(decoder.decode(P.ipv4(Self.segment), linkType: LinkType(rawValue: 147)) == nil)
    }

    @Test func dataOffsetsTsharkCallsBogus() throws {
        var decoder = PacketDecoder()
        // Below 5: tshark still shows tcp.len (payload − 4 × offset) but never follows the frame.
        let shortResult = decoder.decode(P.ethernet(P.ipv4(P.tcp(dataOffset: 4, payload: Self.data))))
        let short = try #require(shortResult)
        #expect(short.headerLength == 16 && short.segmentLength == 14 && short.isSegmentLengthKnown)
        #expect(!short.isHeaderComplete)
        // Past the IP payload: a stream, but no length.
        let longResult = decoder.decode(P.ethernet(P.ipv4(P.tcp(dataOffset: 15, payload: Self.data))))
        let long = try #require(longResult)
        #expect(long.headerLength == 60 && !long.isSegmentLengthKnown && !long.isHeaderComplete)
    }

    @Test func totalLengthZeroMeansTheFrameLength() {
        var decoder = PacketDecoder()
        let frame = P.ethernet(P.ipv4(Self.segment, totalLength: 0))
        #expect(decoder.decode(Array(frame[0..<60]), originalLength: 200)?.segmentLength == 146)
    }

    @Test func jumboPayloadGivesTheLengthOnlyWhenThePayloadLengthIsZero() {
        var decoder = PacketDecoder()
        let jumbo: [UInt8] = [6, 0, 0xC2, 4] + P.be32(70000)
        let frame = P.ethernet(P.ipv6(jumbo + Self.segment, nextHeader: 0, payloadLength: 0), type: 0x86DD)
        #expect(decoder.decode(Array(frame[0..<84]), originalLength: 14 + 40 + 70000)?.segmentLength == 69972)
        let small: [UInt8] = [6, 0, 0xC2, 4] + P.be32(38)
        #expect(
            decoder.decode(P.ethernet(P.ipv6(small + Self.segment, nextHeader: 0, payloadLength: 0), type: 0x86DD))
                == nil)
    }

    /// tshark's follow shows the final hop as Node 1 (checked with `-z follow,tcp,ascii`).
    @Test(
        arguments: [
            ([6, 2, 0, 1, 0, 0, 0, 0] + P.address6(0x77), UInt64(0x77)),
            ([6, 2, 2, 1, 0, 0, 0, 0] + P.address6(0x88), 0x88),
            ([6, 4, 4, 1, 1, 0, 0, 0] + P.address6(0x99) + P.address6(0xAA), 0x99),
            ([6, 2, 4, 0, 0, 0, 0, 0] + P.address6(0x99), 2),
        ] as [([UInt8], UInt64)])
    func routingHeadersWithSegmentsLeftGiveTheFinalDestination(header: [UInt8], last: UInt64) {
        var decoder = PacketDecoder()
        let frame = P.ethernet(P.ipv6(header + Self.segment, nextHeader: 43), type: 0x86DD)
        #expect(decoder.decode(frame)?.destination.address == .v6(high: 0x2001_0DB8_0000_0000, low: last))
    }

    @Test func looseSourceRouteInProgressGivesTheLastHop() {
        var decoder = PacketDecoder()
        let option: [UInt8] = [131, 11, 4, 10, 9, 9, 9, 10, 8, 8, 8, 1]
        #expect(
            decoder.decode(P.ethernet(P.ipv4(Self.segment, options: option)))?.destination.address == .v4(0x0A08_0808))
        let done: [UInt8] = [131, 11, 12, 10, 9, 9, 9, 10, 8, 8, 8, 1]
        #expect(
            decoder.decode(P.ethernet(P.ipv4(Self.segment, options: done)))?.destination.address == .v4(0x0A00_0002))
    }

    @Test func icmpErrorsQuoteTCPButRedirectsAndEchoesDoNot() throws {
        var decoder = PacketDecoder()
        let quoted = P.ipv4(Self.segment, source: P.server, destination: P.client)
        for type: UInt8 in [3, 4, 11, 12] {
            let result = decoder.decode(P.ethernet(P.ipv4(P.icmp(type: type, quoted), protocolNumber: 1)))
            let decoded = try #require(result)
            #expect(decoded.isQuotedInICMP && !decoded.isHeaderComplete && !decoded.isSegmentLengthKnown)
            #expect(decoded.source.address == .v4(0x0A00_0002))
        }
        for type: UInt8 in [0, 5, 8] {
            #expect(decoder.decode(P.ethernet(P.ipv4(P.icmp(type: type, quoted), protocolNumber: 1))) == nil)
        }
        let quoted6 = P.ipv6(Self.segment)
        #expect(
            decoder.decode(P.ethernet(P.ipv6(P.icmp(type: 1, quoted6), nextHeader: 58), type: 0x86DD))?.isQuotedInICMP
                == true)
    }

    @Test func ipv4FragmentsCompleteOnTheLastArrival() throws {
        var decoder = PacketDecoder()
        let datagram = P.tcp(payload: [UInt8](repeating: 0x42, count: 36))  // 56 bytes
        let first = P.ethernet(P.ipv4(Array(datagram[0..<24]), moreFragments: true))
        let second = P.ethernet(P.ipv4(Array(datagram[24..<48]), moreFragments: true, fragmentOffset: 24))
        let last = P.ethernet(P.ipv4(Array(datagram[48...]), fragmentOffset: 48))
        #expect(decoder.decode(last) == nil)
        #expect(decoder.decode(first) == nil)
        let result = decoder.decode(second)
        let whole = try #require(result)
        #expect(
            whole.segmentLength == 36 && whole.payload == [UInt8](repeating: 0x42, count: 36) && whole.isHeaderComplete)
    }

    @Test func withoutDefragmentationOnlyTheFirstFragmentIsTCPAndItsLengthIsUnknown() throws {
        var decoder = PacketDecoder(options: .init(defragment: false))
        let datagram = P.tcp(payload: [UInt8](repeating: 0x42, count: 36))
        let result = decoder.decode(P.ethernet(P.ipv4(Array(datagram[0..<24]), moreFragments: true)))
        let first = try #require(result)
        #expect(!first.isSegmentLengthKnown && !first.isHeaderComplete)
        #expect(decoder.decode(P.ethernet(P.ipv4(Array(datagram[24...]), fragmentOffset: 24))) == nil)
    }

    @Test func ipv6FragmentsReassembleAndTheHeadersAfterThemAreWalked() throws {
        var decoder = PacketDecoder()
        let datagram: [UInt8] = [6, 0, 1, 4, 0, 0, 0, 0] + P.tcp(payload: Self.data)  // destination options + TCP
        func fragment(_ range: Range<Int>, more: Bool) -> [UInt8] {
            let header = P.fragmentHeader(next: 60, offset: range.lowerBound, more: more, identification: 9)
            return P.ethernet(P.ipv6(header + Array(datagram[range]), nextHeader: 44), type: 0x86DD)
        }
        #expect(decoder.decode(fragment(16..<38, more: false)) == nil)
        #expect(decoder.decode(fragment(0..<16, more: true))?.payload == Self.data)
    }

    @Test func aCopiedDecoderDoesNotOverwriteTheOriginalsDatagram() {
        var original = PacketDecoder()
        let datagram = P.tcp(payload: [UInt8](repeating: 0x61, count: 12))
        let other = P.tcp(payload: [UInt8](repeating: 0x62, count: 12))
        let tail = P.ethernet(P.ipv4(Array(datagram[16...]), fragmentOffset: 16))
        let otherTail = P.ethernet(P.ipv4(Array(other[16...]), fragmentOffset: 16))
        _ = original.decode(P.ethernet(P.ipv4(Array(datagram[0..<16]), moreFragments: true)))
        var copy = original
        tail.withUnsafeBytes { tailBytes in
            otherTail.withUnsafeBytes { otherBytes in
                let first = original.decode(linkType: .ethernet, bytes: tailBytes, originalLength: tail.count)
                let second = copy.decode(linkType: .ethernet, bytes: otherBytes, originalLength: otherTail.count)
                #expect(first.map { Array($0.payload) } == [UInt8](repeating: 0x61, count: 12))
                #expect(second.map { Array($0.payload) } == [UInt8](repeating: 0x62, count: 12))
            }
        }
    }
}
