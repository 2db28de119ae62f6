import Testing

@testable import PacketDecoding

/// The layers a decode records (``PacketDecoder/layers``), TCP or not, on any link type.
@Suite struct LayerTrailTests {
    /// One recorded layer as `kind offset+header..end`, with `r` for reassembled data.
    static func describe(_ trail: LayerTrail) -> [String] {
        (0..<trail.count).map { index in
            let layer = trail[index]
            return "\(layer.kind) \(layer.offset)+\(layer.headerLength)..\(layer.end)\(layer.isReassembled ? " r" : "")"
        }
    }

    /// Decodes `frame` and describes its trail while the frame's memory is alive.
    static func trail(
        of frame: [UInt8], linkType: LinkType = .ethernet, decoder: inout PacketDecoder
    ) -> [String] {
        frame.withUnsafeBytes { bytes in
            _ = decoder.decode(linkType: linkType, bytes: bytes, originalLength: bytes.count)
            return describe(decoder.layers)
        }
    }

    @Test func udpFrameKeepsEthernetIPAndUDP() {
        var decoder = PacketDecoder()
        let udp = TestPackets.be16(5353) + TestPackets.be16(5353) + TestPackets.be16(12) + [0, 0, 1, 2, 3, 4]
        let frame = TestPackets.ethernet(TestPackets.ipv4(udp, protocolNumber: 17)) + [0, 0, 0, 0]
        // The IP and UDP layers end with the datagram, before the Ethernet padding.
        #expect(
            Self.trail(of: frame, decoder: &decoder) == ["ethernet 0+14..50", "ipv4 14+20..46", "udp 34+8..46"])
        let datagram = decoder.layers.udpDatagram(at: 2)
        #expect(datagram?.hasStream == true && datagram?.sourcePort == 5353 && datagram?.length == 12)
        #expect(datagram.flatMap { $0.followPayload.map(Array.init) } == [1, 2, 3, 4])
        #expect(decoder.layers.udpCount == 1 && decoder.layers.tapEndpoints.ports?.source == 5353)
    }

    @Test func arpFrameHasOnlyEthernet() {
        var decoder = PacketDecoder()
        let frame = TestPackets.ethernet([UInt8](repeating: 0, count: 28), type: 0x0806)
        #expect(Self.trail(of: frame, decoder: &decoder) == ["ethernet 0+14..42"])
    }

    @Test func rawIPv6HasNoLinkLayer() {
        var decoder = PacketDecoder()
        let frame = TestPackets.ipv6(TestPackets.tcp(options: [1, 1, 1, 1], payload: [9]))
        #expect(Self.trail(of: frame, linkType: .raw, decoder: &decoder) == ["ipv6 0+40..65", "tcp 40+24..65"])
    }

    @Test func icmpQuoteRecordsBothIPHeaders() {
        var decoder = PacketDecoder()
        let quoted = TestPackets.ipv4(TestPackets.tcp())
        let frame = TestPackets.ethernet(TestPackets.ipv4(TestPackets.icmp(type: 3, quoted), protocolNumber: 1))
        #expect(
            Self.trail(of: frame, decoder: &decoder) == [
                "ethernet 0+14..82", "ipv4 14+20..82", "ipv4 42+20..82", "tcp 62+20..82",
            ])
    }

    @Test func reassembledTCPLiesInTheDatagram() {
        var decoder = PacketDecoder()
        let datagram = TestPackets.tcp(payload: [UInt8](repeating: 7, count: 12))
        let first = TestPackets.ethernet(TestPackets.ipv4(Array(datagram[0..<16]), moreFragments: true))
        let last = TestPackets.ethernet(TestPackets.ipv4(Array(datagram[16...]), fragmentOffset: 16))
        #expect(Self.trail(of: first, decoder: &decoder) == ["ethernet 0+14..50", "ipv4 14+20..50"])
        #expect(
            Self.trail(of: last, decoder: &decoder) == ["ethernet 0+14..50", "ipv4 14+20..50", "tcp 0+20..32 r"])
        #expect(Array(decoder.layers.bytes(of: decoder.layers[2])) == datagram)
    }

    /// An IPv6 datagram fragmented inside IPv4 datagrams that are fragmented too: the frame that
    /// completes the outer IPv4 datagram also completes the IPv6 one. Its layers must keep
    /// reading the IPv4 datagram's bytes (the IPv6 header) while the IPv6 datagram is assembled
    /// after it; it used to be assembled over it, and `ipv6.src` then read TCP bytes.
    @Test func datagramsNestedInOneFrameDoNotOverwriteEachOther() {
        typealias P = TestPackets
        var decoder = PacketDecoder()
        let segment = P.tcp(sourcePort: 1234, payload: [UInt8](repeating: 0x41, count: 44))
        let inner = [(0, true), (32, false)].map { offset, more in
            P.ipv6(
                P.fragmentHeader(offset: offset, more: more, identification: 77)
                    + Array(segment[offset..<min(offset + 32, segment.count)]), nextHeader: 44)
        }
        var last: [String] = []
        for (index, packet) in inner.enumerated() {
            for (start, more) in [(0, true), (48, false)] {
                let piece = Array(packet[start..<(more ? 48 : packet.count)])
                let frame = P.ethernet(
                    P.ipv4(
                        piece, protocolNumber: 41, identification: index + 1, moreFragments: more,
                        fragmentOffset: start))
                last = Self.trail(of: frame, decoder: &decoder)
            }
        }
        #expect(last == ["ethernet 0+14..66", "ipv4 14+20..66", "ipv6 0+40..80 r", "tcp 80+20..144 r"])
        let layers = decoder.layers
        #expect(Array(layers.bytes(of: layers[2])) == inner[1])
        #expect(Array(layers.bytes(of: layers[3])) == segment)
    }
}
