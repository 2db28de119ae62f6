import DisplayFilter
import Testing

/// TCP fields of frames whose TCP header tshark shows only in part: quoted in an ICMP error or
/// redirect, without a known segment length, cut short, with a bogus data offset, or a reset with
/// data. The values are those tshark 4.0.17 prints with `-T fields -E occurrence=a` on the named
/// captures of `../shared` (recorded by hand; `num_ipfrag.pcap` with `-o ip.defragment:FALSE`).
@Suite("TCP fields tshark shows in part", .enabled(if: SharedCaptures.isPresent, "../shared is absent"))
struct PartialTCPFieldTests {
    /// Field → the values tshark prints, layer after `#`.
    static let quoted: [(frame: UInt64, fields: [String: [String]])] = [
        (
            5,
            [
                "ip.src": ["ipv4 a000002 #1", "ipv4 a000001 #2"], "ip.proto": ["1 #1", "6 #2"],
                "ip.len": ["68 #1", "40 #2"], "tcp.srcport": ["40000 #1"], "tcp.stream": ["0 #1"],
                "tcp.seq": ["1001 #1"], "tcp.ack": ["0 #1"], "tcp.seq_raw": [], "tcp.ack_raw": ["0 #1"],
                "tcp.len": [], "tcp.flags": ["24 #1"], "tcp.window_size_value": ["8192 #1"], "tcp.payload": [],
            ]
        ),
        (
            6,
            [
                "ip.src": ["ipv4 a000003 #1", "ipv4 a000001 #2"], "tcp.srcport": ["41000 #1"],
                "tcp.stream": ["1 #1"], "tcp.seq": ["1 #1"], "tcp.seq_raw": [], "tcp.len": [],
            ]
        ),
        (7, ["tcp.stream": ["2 #1"], "tcp.seq": ["0 #1"], "tcp.seq_raw": ["1000 #1"], "tcp.len": ["0 #1"]]),
    ]

    @Test func icmpQuotedTCPAsTshark() throws {
        try expectFields(capture: "num_icmp_err.pcap", Self.quoted)
    }

    @Test func unreassembledFirstFragmentAsTshark() throws {
        let expected: [(frame: UInt64, fields: [String: [String]])] = [
            (
                4,
                [
                    "tcp.stream": ["0 #1"], "tcp.seq": ["1001 #1"], "tcp.ack": ["5001 #1"], "tcp.seq_raw": ["1001 #1"],
                    "tcp.len": [], "ip.flags.mf": ["true #1"], "ip.frag_offset": ["0 #1"],
                ]
            ),
            (5, ["tcp": [], "tcp.stream": [], "ip.frag_offset": ["8 #1"], "ip.len": ["84 #1"]]),
            (7, ["tcp.seq": ["121 #1"], "tcp.len": ["10 #1"]]),
        ]
        try expectFields(capture: "num_ipfrag.pcap", expected, defragment: false)
    }

    @Test func cutHeadersShowWhatTsharkCouldRead() throws {
        // 12 to 15 captured TCP bytes: the ports only (tshark 4.0.17 on num_hdr_threshold.pcap).
        try expectFields(
            capture: "num_hdr_threshold.pcap",
            [
                (1, ["tcp.port": ["41012 #1", "80 #1"], "tcp.seq": [], "tcp.stream": [], "tcp.flags": []]),
                (4, ["tcp.srcport": ["41015 #1"], "tcp.dstport": ["80 #1"], "tcp.window_size_value": []]),
                (5, ["tcp.stream": ["0 #1"], "tcp.srcport": ["41016 #1"]]),
            ])
        // 8 quoted bytes: the ports and the raw sequence number (num_icmp_err_short.pcap).
        try expectFields(
            capture: "num_icmp_err_short.pcap",
            [(5, ["tcp.port": ["41000 #1", "443 #1"], "tcp.seq": ["1 #1"], "tcp.stream": [], "tcp.ack": []])])
    }

    @Test func resetPayloadAndBogusDataOffsetAsTshark() throws {
        // A reset's payload is its cause, not `tcp.payload`; tshark stops at a data offset of 0.
        try expectFields(capture: "ra_rst_data.pcap", [(5, ["tcp.payload": [], "tcp.flags.reset": ["true #1"]])])
        try expectFields(
            capture: "gopacket__sll-oversized-addr.pcapng",
            [
                (
                    95,
                    [
                        "tcp.stream": ["0 #1"], "tcp.len": ["77 #1"], "tcp.seq": ["261 #1"],
                        "tcp.seq_raw": ["1006331139 #1"], "tcp.ack": [], "tcp.ack_raw": [], "tcp.flags": [],
                        "tcp.flags.ack": [], "tcp.window_size_value": [], "tcp.payload": [],
                    ]
                ),
                (96, ["tcp.ack": ["274 #1"], "tcp.flags": ["254 #1"], "tcp.payload": []]),
            ])
    }

    @Test func icmpRedirectShowsItsQuoteWithoutAStream() throws {
        try expectFields(
            capture: "ndpi__alexa-app.pcapng",
            [
                (
                    56,
                    [
                        "ip.proto": ["1 #1", "6 #2"], "tcp.srcport": ["42878 #1"], "tcp.seq": ["1581359881 #1"],
                        "tcp.stream": [], "tcp.seq_raw": [],
                    ]
                )
            ])
    }

    /// Decodes `capture` and compares the named fields of the listed frames.
    private func expectFields(
        capture: String, _ expected: [(frame: UInt64, fields: [String: [String]])], defragment: Bool = true
    ) throws {
        var seen = 0
        try SharedCaptures.forEachFrame(capture, options: .init(defragment: defragment)) { frame in
            guard let wanted = expected.first(where: { $0.frame == frame.number }) else { return }
            seen += 1
            for (name, values) in wanted.fields {
                let field = try #require(FieldRegistry.standard.field(named: name))
                #expect(FieldValueText.values(of: field, in: frame) == values, "frame \(frame.number) \(name)")
            }
        }
        #expect(seen == expected.count)
    }
}
