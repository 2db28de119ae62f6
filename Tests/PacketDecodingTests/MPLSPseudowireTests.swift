import Testing

@testable import PacketDecoding

/// MPLS payloads as tshark 4.0 guesses them without a configured pseudowire (expected trails
/// and endpoints checked against tshark on the same frames): IP by the first nibble, or an
/// Ethernet pseudowire with or without a control word.
@Suite struct MPLSPseudowireTests {
    /// Two label stack entries, the second with the bottom-of-stack bit.
    private static let labels: [UInt8] = [0x00, 0x01, 0x30, 0xFE, 0x00, 0x01, 0x01, 0xFF]
    /// A pseudowire control word with sequence number 0.
    private static let controlWord: [UInt8] = [0, 0, 0, 0]

    /// An outer Ethernet frame (addresses of unknown OUIs) carrying `payload` over MPLS.
    private static func mpls(_ payload: [UInt8]) -> [UInt8] {
        [0xCC, 3, 4, 0xDC, 0, 0x10, 0xCC, 4, 4, 0xDC, 0, 0x10, 0x88, 0x47] + labels + payload
    }

    /// An inner Ethernet frame from `source` to `destination`, of `type`.
    private static func ethernet(
        destination: [UInt8], source: [UInt8], type: Int = 0x0800, _ payload: [UInt8]
    ) -> [UInt8] {
        destination + source + TestPackets.be16(type) + payload
    }

    private static let tcpOverIPv4 = TestPackets.ipv4(TestPackets.tcp(payload: [1, 2, 3]))
    /// Locally administered addresses: no known OUI.
    private static let localA: [UInt8] = [0xCC, 0, 0x0A, 0x64, 0, 0]
    private static let localB: [UInt8] = [0xCC, 7, 0x0D, 8, 0, 0]

    @Test func controlWordThenEthernetVLANAndTCP() throws {
        var decoder = PacketDecoder()
        let vlan = TestPackets.be16(1) + TestPackets.be16(0x0800) + Self.tcpOverIPv4
        let frame = Self.mpls(
            Self.controlWord + Self.ethernet(destination: Self.localA, source: Self.localB, type: 0x8100, vlan))
        let decoded = decoder.decode(frame)
        let segment = try #require(decoded)
        #expect(segment.source.description == "10.0.0.1:40000")
        #expect(segment.payload == [1, 2, 3])
        #expect(
            LayerTrailTests.trail(of: frame, decoder: &decoder) == [
                "ethernet 0+14..87", "ethernet 26+14..87", "vlan 40+4..87", "ipv4 44+20..87", "tcp 64+20..87",
            ])
    }

    @Test func knownAddressesMeanNoControlWord() throws {
        var decoder = PacketDecoder()
        let vmware: [UInt8] = [0x00, 0x50, 0x56, 0x11, 0x22, 0x33]
        let other: [UInt8] = [0x00, 0x0C, 0x29, 0x44, 0x55, 0x66]
        let frame = Self.mpls(Self.ethernet(destination: vmware, source: other, Self.tcpOverIPv4))
        let decoded = decoder.decode(frame)
        #expect(try #require(decoded).destination.description == "10.0.0.2:80")
        #expect(
            LayerTrailTests.trail(of: frame, decoder: &decoder) == [
                "ethernet 0+14..79", "ethernet 22+14..79", "ipv4 36+20..79", "tcp 56+20..79",
            ])
    }

    /// One unknown OUI is enough for tshark to read a control word, here cutting into the
    /// real Ethernet header: no IP follows.
    @Test func oneUnknownAddressMeansAControlWord() {
        var decoder = PacketDecoder()
        let vmware: [UInt8] = [0x00, 0x50, 0x56, 0x11, 0x22, 0x33]
        let frame = Self.mpls(Self.ethernet(destination: vmware, source: Self.localA, Self.tcpOverIPv4))
        #expect(decoder.decode(frame) == nil)
        #expect(LayerTrailTests.trail(of: frame, decoder: &decoder) == ["ethernet 0+14..79", "ethernet 26+14..79"])
    }

    @Test func ipByFirstNibbleAndNothingForOtherNibbles() throws {
        var decoder = PacketDecoder()
        let overIPv4 = decoder.decode(Self.mpls(Self.tcpOverIPv4))
        #expect(try #require(overIPv4).payload == [1, 2, 3])
        let ipv6 = TestPackets.ipv6(TestPackets.tcp(payload: [4]))
        let overIPv6 = decoder.decode(Self.mpls(ipv6))
        #expect(try #require(overIPv6).payload == [4])
        // 1: a PW associated channel header; 0xA: no guess at all.
        let associatedChannel = [0x10, 0, 0, 0] + Self.ethernet(destination: Self.localA, source: Self.localB, [])
        #expect(decoder.decode(Self.mpls(associatedChannel + Self.tcpOverIPv4)) == nil)
        let other = Self.ethernet(destination: [0xA0, 0xB1, 0xC2, 0xD3, 0xE4, 0xF5], source: Self.localB, Self.tcpOverIPv4)
        #expect(decoder.decode(Self.mpls(other)) == nil)
        #expect(LayerTrailTests.trail(of: Self.mpls(other), decoder: &decoder) == ["ethernet 0+14..79"])
    }

    @Test func registeredOUIs() {
        func known(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBytes { RegisteredOUI.isKnown(ByteCursor(bytes: $0, reportedLength: $0.count)) }
        }
        #expect(known([0x00, 0x00, 0x00]))  // Xerox
        #expect(known([0x00, 0x50, 0x56]))  // VMware
        #expect(known([0xFC, 0xFF, 0xAA]))
        #expect(!known([0x0A, 0x64, 0x00]))
        #expect(!known([0xFF, 0xFF, 0xFF]))
        #expect(!known([0x00, 0x50]))
    }
}
