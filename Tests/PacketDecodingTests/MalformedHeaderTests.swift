import PacketDecoding
import Testing

/// Headers tshark 4.0.17's dissectors judge in their own way (DISSECTION.md, conformance area
/// `malformed`): TCP options whose dissector throws, tags tshark steps over, BSD loopback headers
/// it reads as EtherTypes.
struct MalformedHeaderTests {
    struct OptionCase: CustomTestStringConvertible, Sendable {
        var name: String
        var options: [UInt8]
        var flags = 0x18
        var verdict: TCPOptionVerdict
        var testDescription: String { name }
    }

    static let optionCases: [OptionCase] = [
        OptionCase(name: "none", options: [], verdict: .wellFormed),
        OptionCase(name: "MSS WS SACK_PERM TS", options: [2, 4, 5, 180, 3, 3, 7, 4, 2, 8, 10] + [UInt8](repeating: 0, count: 8),
                   verdict: .wellFormed),
        OptionCase(name: "NOP NOP SACK length 2", options: [1, 1, 5, 2], verdict: .malformedUnlessAcknowledgmentPastHalf),
        OptionCase(name: "SACK length 9", options: [5, 9] + [UInt8](repeating: 0, count: 7), verdict: .malformedUnlessAcknowledgmentPastHalf),
        OptionCase(name: "SACK one block", options: [5, 10] + [UInt8](repeating: 0, count: 8), verdict: .wellFormed),
        OptionCase(name: "SACK one block and a stray byte", options: [5, 11] + [UInt8](repeating: 0, count: 9), verdict: .wellFormed),
        OptionCase(name: "SNACK length 6", options: [21, 6, 0, 1, 0, 2], verdict: .malformed),
        OptionCase(name: "SNACK length 4", options: [21, 4, 0, 1], verdict: .wellFormed),
        OptionCase(name: "MPTCP length 2", options: [30, 2], verdict: .malformed),
        OptionCase(name: "MPTCP MP_CAPABLE length 3", options: [30, 3, 0x00], verdict: .malformed),
        OptionCase(name: "MPTCP MP_JOIN length 3", options: [30, 3, 0x10], verdict: .wellFormed),
        OptionCase(name: "MPTCP MP_FAIL length 11", options: [30, 11, 0x60] + [UInt8](repeating: 0, count: 8), verdict: .malformed),
        OptionCase(name: "MPTCP MP_FAIL length 12", options: [30, 12, 0x60] + [UInt8](repeating: 0, count: 9), verdict: .wellFormed),
        OptionCase(name: "SNACK after a bad length is never reached", options: [2, 0, 21, 6, 0, 1, 0, 2], verdict: .wellFormed),
        OptionCase(name: "SNACK after EOL is padding", options: [0, 21, 6, 0, 1, 0, 2, 0], verdict: .wellFormed),
        OptionCase(name: "SACK length 2 past the header", options: [1, 1, 1, 5], verdict: .wellFormed),
        OptionCase(name: "block-less SACK then SNACK", options: [5, 2, 21, 6, 0, 1, 0, 2], verdict: .malformed),
    ]

    @Test(arguments: optionCases)
    func optionVerdict(_ test: OptionCase) {
        var decoder = PacketDecoder()
        // Padded with EOL to a whole number of words, as a data offset counts.
        let options = test.options + [UInt8](repeating: 0, count: (4 - test.options.count % 4) % 4)
        let frame = TestPackets.ethernet(
            TestPackets.ipv4(TestPackets.tcp(ack: 5001, flags: test.flags, options: options, payload: [1, 2, 3])))
        #expect(decoder.decode(frame)?.optionVerdict == test.verdict)
    }

    @Test func scpsOptionsAreRecordedInOrder() {
        var decoder = PacketDecoder()
        func scps(_ options: [UInt8]) -> SCPSOptions? {
            let padded = options + [UInt8](repeating: 0, count: (4 - options.count % 4) % 4)
            let frame = TestPackets.ethernet(TestPackets.ipv4(TestPackets.tcp(options: padded, payload: [1])))
            return frame.withUnsafeBytes { bytes in
                decoder.decode(linkType: .ethernet, bytes: bytes, originalLength: frame.count)?.scpsOptions
            }
        }
        #expect(scps([20, 4, 0x80, 0]) == .offersCapabilities)
        #expect(scps([20, 5, 1, 0, 0]) == .extendedOverruns)
        #expect(scps([20, 6, 1, 0x10, 0, 0]) == [])
        #expect(scps([20, 5, 1, 0, 0, 20, 4, 0x80, 0]) == [.extendedOverruns, .offersCapabilitiesLater])
        var malformed = PacketDecoder()
        let frame = TestPackets.ethernet(
            TestPackets.ipv4(TestPackets.tcp(options: [20, 4, 0x80, 0, 20, 5, 1, 0, 0, 0, 0, 0], payload: [1])))
        #expect(malformed.decode(frame)?.optionVerdict == .malformed)
    }

    @Test func blockLessSACKDependsOnTheAcknowledgment() {
        var segment = TCPSegment(
            source: Endpoint(address: .v4(0), port: 1), destination: Endpoint(address: .v4(0), port: 2),
            sequenceNumber: 0, acknowledgmentNumber: 0, flags: [], headerLength: 24, isHeaderComplete: true,
            segmentLength: 0, payload: UnsafeRawBufferPointer(start: nil, count: 0), isQuotedInICMP: false)
        segment.optionVerdict = .malformedUnlessAcknowledgmentPastHalf
        #expect(segment.isMalformed(acknowledgment: 0))
        #expect(segment.isMalformed(acknowledgment: 1))
        #expect(segment.isMalformed(acknowledgment: 0x8000_0000))
        #expect(!segment.isMalformed(acknowledgment: 0x8000_0001))
        #expect(!segment.isMalformed(acknowledgment: 0xFFFF_FFFF))
    }

    struct LinkCase: CustomTestStringConvertible, Sendable {
        var name: String
        var linkType: LinkType
        var header: [UInt8]
        var findsTCP: Bool
        var testDescription: String { name }
    }

    static let addresses: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1]
    static let linkCases: [LinkCase] = [
        LinkCase(name: "E-Tag", linkType: .ethernet, header: addresses + [0x89, 0x3F, 0, 0, 0x10, 5, 0, 0, 8, 0], findsTCP: true),
        LinkCase(name: "I-Tag", linkType: .ethernet, header: addresses + [0x88, 0xE7, 0, 0, 0, 0x28] + addresses + [8, 0], findsTCP: true),
        LinkCase(name: "Cisco MetaData", linkType: .ethernet, header: addresses + [0x89, 0x09, 1, 1, 0, 1, 0, 2, 8, 0], findsTCP: true),
        LinkCase(name: "HSR", linkType: .ethernet, header: addresses + [0x89, 0x2F, 0, 0, 0, 1, 8, 0], findsTCP: true),
        LinkCase(name: "R-Tag", linkType: .ethernet, header: addresses + [0xF1, 0xC1, 0, 0, 0, 1, 8, 0], findsTCP: true),
        LinkCase(name: "VN-Tag", linkType: .ethernet, header: addresses + [0x89, 0x26, 0, 0, 0, 0, 8, 0], findsTCP: true),
        LinkCase(name: "802.1ad then a length", linkType: .ethernet,
                 header: addresses + [0x88, 0xA8, 0, 100, 0, 48, 0xAA, 0xAA, 3, 0, 0, 0, 8, 0], findsTCP: false),
        LinkCase(name: "NULL 0f 00 08 00", linkType: .null, header: [0x0F, 0, 8, 0], findsTCP: true),
        LinkCase(name: "NULL 00 08 00 00", linkType: .null, header: [0, 8, 0, 0], findsTCP: true),
        LinkCase(name: "NULL 08 00 00 00 (family 8)", linkType: .null, header: [8, 0, 0, 0], findsTCP: false),
        LinkCase(name: "NULL 00 00 08 00", linkType: .null, header: [0, 0, 8, 0], findsTCP: true),
        LinkCase(name: "NULL 00 02 00 00", linkType: .null, header: [0, 2, 0, 0], findsTCP: true),
        LinkCase(name: "NULL 00 00 02 00", linkType: .null, header: [0, 0, 2, 0], findsTCP: true),
        LinkCase(name: "NULL 86 dd 00 00 (IPv6 EtherType)", linkType: .null, header: [0x86, 0xDD, 0, 0], findsTCP: false),
        LinkCase(name: "SLL protocol 3", linkType: .linuxSLL,
                 header: [0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3] + addresses + [8, 0], findsTCP: true),
    ]

    @Test(arguments: linkCases)
    func linkHeader(_ test: LinkCase) {
        var decoder = PacketDecoder()
        let frame = test.header + TestPackets.ipv4(TestPackets.tcp(payload: [1, 2, 3]))
        #expect((decoder.decode(frame, linkType: test.linkType) != nil) == test.findsTCP)
    }

    @Test func twentyVLANTagsAndNoMore() {
        var decoder = PacketDecoder()
        func tagged(_ count: Int) -> [UInt8] {
            var tags: [UInt8] = []
            for number in 1...count { tags += [0, UInt8(number), number == count ? 0x08 : 0x81, 0] }
            return Self.addresses + [0x81, 0] + tags + TestPackets.ipv4(TestPackets.tcp(payload: [1]))
        }
        #expect(decoder.decode(tagged(20)) != nil)
        #expect(decoder.layers.count == 23)
        #expect(decoder.decode(tagged(21)) == nil)
    }
}
