import ConformanceKit

extension Catalog {
    /// Network-layer headers tshark 4.0.17 judges differently from a plain reading (issue 11): IPv4
    /// options too short for their type's dissector, total lengths of 0 or below the header.
    /// Each case has tshark's goldens for follow, `-z conv,tcp` and `-T fields` (DISSECTION.md,
    /// "Network layer", lists the rules). Numbers 1-39 (40-79 are the transport cases).
    static func malformedNetwork() -> [CaseSpec] {
        let area = AreaBuilder(area: "malformed", file: "MalformedNetworkCases.swift")
        let ipFields = ["frame.number", "ip.src", "ip.dst", "ip.len", "tcp.stream", "tcp.seq", "tcp.len"]
        let standard =
            Invocations.follow(modes: ["ascii", "hex"]) + [
                Invocations.z("conv,tcp", name: "conv"), fieldLines("fields", ipFields, before: ["-n"]),
            ]
        let v6 = (client: ("2001:db8::1", UInt16(40000)), server: ("2001:db8::2", UInt16(80)))
        let v6Fields = ["frame.number", "ipv6.src", "ipv6.nxt", "tcp.stream", "tcp.seq", "tcp.len"]
        let v6Standard =
            Invocations.follow(modes: ["ascii", "hex"]) + [
                Invocations.z("conv,tcp", name: "conv"), fieldLines("fields", v6Fields, before: ["-n"]),
            ]
        return [
            area.flow(
                1, "ipv4-option-security-length-2",
                "IHL 8 with options 82 02: a Security option of length 2 (its dissector reads a class byte). "
                    + "tshark reports Malformed Packet: IPv4 and never dissects the TCP segment.",
                tags: ["ipv4", "options", "malformed"], invocations: standard
            ) { flow in
                flow.handshake()
                flow.send(.client, "before ")
                flow.raw(
                    .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("X"),
                    Flow.Options(ipOptions: [0x82, 2] + [UInt8](repeating: 0, count: 10)))
                flow.send(.client, "after")
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                2, "ipv4-options-one-byte-short",
                "For each IPv4 option type tshark dissects, a segment whose option is one byte shorter than its "
                    + "dissector reads (dropped as malformed), then the same bytes with the shortest length it "
                    + "accepts (followed).",
                tags: ["ipv4", "options", "malformed"], invocations: standard
            ) { flow in
                flow.handshake()
                // (type, shortest accepted length, filler byte after type and length)
                let types: [(UInt8, Int, UInt8)] = [
                    (0x82, 3, 0), (0x83, 3, 4), (0x44, 4, 5), (0x85, 3, 0), (0x86, 6, 0), (0x07, 3, 4),
                    (0x88, 4, 0), (0x89, 3, 4), (0x0B, 4, 0), (0x0C, 4, 0), (0x52, 12, 0), (0x94, 4, 0),
                    (0x19, 8, 0x00), (0x19, 8, 0x80),
                ]
                for (type, shortest, filler) in types {
                    let name = String(type, radix: 16)
                    for (length, text) in [(shortest - 1, "bad-\(name);"), (shortest, "ok-\(name); ")] {
                        let option = [type, UInt8(length)] + [UInt8](repeating: filler, count: length - 2)
                        flow.raw(
                            .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes(text),
                            Flow.Options(ipOptions: option))
                    }
                    flow.advance(.client, by: "ok-\(name); ".utf8.count)
                }
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                3, "ipv4-option-lengths-tshark-accepts",
                "Options tshark flags but still dissects past: a length byte past the options, a length below 2, "
                    + "a length past the header, a Quick-Start option of 3 bytes whose function is neither request "
                    + "nor report, an unknown type of length 2, Selective Directed Broadcast of length 2, and a "
                    + "short option after End of Options. Every segment is followed.",
                tags: ["ipv4", "options"], invocations: standard
            ) { flow in
                flow.handshake()
                let optionLists: [[UInt8]] = [
                    [1, 1, 1, 0x82], [0x82, 1, 0, 0], [0x82, 9, 0, 0], [0x19, 3, 0x30, 0], [0x9E, 2, 0, 0],
                    [0x95, 2, 0, 0], [0, 0x82, 2, 0],
                ]
                for (index, options) in optionLists.enumerated() {
                    flow.send(.client, "seg\(index) ", Flow.Options(ipOptions: options))
                }
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                4, "ipv4-option-cipso-tags",
                "CIPSO options whose tag walk reads past the option (tshark accepts a tag one byte longer than "
                    + "what is left, reads an unknown tag's length from past the end, and stops odd-length "
                    + "category lists a byte early) are malformed; tags that fit are followed.",
                tags: ["ipv4", "options", "malformed"], invocations: standard
            ) { flow in
                flow.handshake()
                let doi: [UInt8] = [0, 0, 0, 1]
                // (tag bytes after the DOI, option length, malformed?)
                let tags: [([UInt8], Bool)] = [
                    ([1, 4, 0, 7], false), ([1, 5, 0, 7], true), ([2, 6, 0, 7, 0, 1], false),
                    ([2, 5, 0, 7, 9], true), ([2, 8, 0, 7, 0, 1, 0], true), ([5, 8, 0, 7, 0, 1, 0, 2], false),
                    ([5, 8, 0, 7, 0, 1, 0], true), ([6, 4, 0, 7], false), ([7, 3, 9], false), ([9], true),
                    ([9, 3], false), ([0, 0, 1], false),
                ]
                for (index, (tag, malformed)) in tags.enumerated() {
                    let option = [0x86, UInt8(6 + tag.count)] + doi + tag
                    let text = malformed ? "bad\(index % 10)" : "ok-\(index % 10)"
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes(text),
                        Flow.Options(ipOptions: option))
                    if !malformed { flow.advance(.client, by: 4) }
                }
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                5, "ipv4-malformed-option-after-good-ones",
                "NOPs and a complete Record Route option, then a Timestamp option of length 3: malformed. The "
                    + "same segment's retransmission without options is followed.",
                tags: ["ipv4", "options", "malformed"], invocations: standard
            ) { flow in
                flow.handshake()
                let options: [UInt8] = [1, 1, 7, 7, 4, 0, 0, 0, 0, 0x44, 3, 5]
                flow.raw(
                    .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("dropped"),
                    Flow.Options(ipOptions: options))
                flow.send(.client, "resent!")
                flow.ack(.server)
                flow.close()
            },
            area.trace(
                6, "ipv4-total-length-zero",
                "IPv4 total length 0, as TCP segmentation offload leaves it: tshark presumes the frame's length "
                    + "(ip.len 1671 here, and ip.len > 1500 matches) and follows the segment.",
                tags: ["ipv4", "tso", "length"],
                invocations: standard + [
                    fieldLines("fields-long", ["frame.number", "ip.len"], before: ["-n", "-Y", "ip.len > 1500"])
                ]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                let data = (0..<1631).map { UInt8(97 + $0 % 26) }
                appendZeroLength(flow, data)
                flow.send(.server, "ok")
                flow.close()
            },
            area.trace(
                7, "ipv4-total-length-zero-snapped",
                "IPv4 total length 0 in a frame of 80,066 bytes cut to 200 by the snap length (BIG TCP): ip.len "
                    + "is the 80,052 bytes on the wire, and the segment is 80,012 bytes long.",
                tags: ["ipv4", "tso", "length", "snaplen"],
                invocations: standard + [
                    fieldLines("fields-long", ["frame.number", "ip.len"], before: ["-n", "-Y", "ip.len > 1500"])
                ]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                // Only the first bytes are real: the rest of the 80,012 is never captured.
                let data = (0..<160).map { UInt8(65 + $0 % 26) }
                appendZeroLength(flow, data, wireLength: 80_052, caplen: 200)
                flow.send(.server, "ok")
                flow.close()
            },
            area.trace(
                8, "ipv4-total-length-below-header",
                "IPv4 total lengths 19 and 1 (below the 20-byte header, not 0): tshark stops after ip.len "
                    + "(\"Bogus IP length\"), so neither ip.src nor TCP exist. An IHL of 4 stops it before ip.len: "
                    + "the ip layer has no fields. The retransmission is followed.",
                tags: ["ipv4", "length", "malformed"],
                invocations: standard + [
                    fieldLines(
                        "fields-bare-ip", ["frame.number", "ip.len"], before: ["-n", "-Y", "ip and not ip.src"])
                ]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                for length: UInt16 in [19, 1, 44] {
                    var packet = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"))
                    packet.totalLengthOverride = length
                    var emitted = packet.emit()
                    if length == 44 { emitted[0] = 0x44 }
                    trace.append(ip: emitted)
                }
                flow.send(.client, "kept")
                flow.ack(.server)
                flow.close()
            },
            area.trace(
                9, "ipv4-total-length-past-frame",
                "IPv4 total length 200 in a frame holding a 60-byte datagram: tshark keeps the frame's length "
                    + "(ip.len 200) and follows the 20 bytes the frame has.",
                tags: ["ipv4", "length"], invocations: standard
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                var packet = flow.datagram(
                    .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("twenty bytes of data"))
                packet.totalLengthOverride = 200
                trace.append(ip: packet.emit())
                flow.advance(.client, by: 20)
                flow.send(.client, "more")
                flow.ack(.server)
                flow.close()
            },
            area.trace(
                14, "ipv4-malformed-option-on-a-fragment",
                "A segment in two IPv4 fragments, the first with a Timestamp option of length 3: tshark stops at "
                    + "the option before reassembly sees the fragment, so the datagram never completes; the whole "
                    + "segment sent again unfragmented is followed.",
                tags: ["ipv4", "options", "fragments", "malformed"], invocations: standard
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                let text = bytes("fragmented data, sent twice")
                var packet = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, text)
                packet.identification = 0x4242
                var first = packet
                first.options = [0x44, 3, 5, 0]
                trace.append(ip: first.fragments([(0, 24, true)])[0])
                trace.append(ip: packet.fragments([(24, 100, false)])[0])
                flow.send(.client, text)
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                15, "ipv4-header-cut-by-snaplen",
                "Segments whose IPv4 header the snap length cuts after 3, 10, 18 and 22 bytes (the last with a "
                    + "Record Route option): tshark shows the fields captured whole, ip.dst only once the option "
                    + "walk stayed in the captured bytes, and no TCP.",
                tags: ["ipv4", "snaplen", "truncated"],
                invocations: Invocations.follow(modes: ["ascii"]) + [
                    Invocations.z("conv,tcp", name: "conv"),
                    fieldLines(
                        "fields",
                        [
                            "frame.number", "ip.len", "ip.flags.mf", "ip.ttl", "ip.proto", "ip.src", "ip.dst",
                            "ip.addr", "tcp.stream",
                        ], before: ["-n"]),
                ]
            ) { flow in
                flow.handshake()
                for (cut, options) in [(3, []), (10, []), (18, []), (22, [0x07, 7, 4, 0, 0, 0, 0] as [UInt8])] {
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"),
                        Flow.Options(caplen: 14 + cut, ipOptions: options))
                }
                flow.send(.client, "kept")
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                16, "ipv4-source-route-fields",
                "Source routes: an LSRR of length 8 (not 7 + 4k) still reroutes the conversation to its last 4 "
                    + "bytes, but its dissector never reaches them, so there is no ip.dst; a canonical LSRR shows "
                    + "its last hop as ip.dst; an SSRR with an invalid pointer leaves the conversation on the "
                    + "destination field, and a valid LSRR after it adds its hop as a second ip.dst.",
                tags: ["ipv4", "options", "source-route"],
                invocations: Invocations.follow(streams: [0, 1, 2], modes: ["ascii"]) + [
                    Invocations.z("conv,tcp", name: "conv"),
                    fieldLines("fields", ["frame.number", "ip.dst", "ip.addr", "tcp.stream"], before: ["-n"]),
                ]
            ) { flow in
                let chains: [[UInt8]] = [
                    [0x83, 8, 4, 10, 0, 0, 9, 1],
                    [0x83, 7, 4, 10, 0, 0, 9],
                    [0x89, 3, 6, 1, 0x83, 11, 4, 10, 0, 0, 8, 10, 0, 0, 7],
                ]
                for (index, options) in chains.enumerated() {
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("route-\(index)"),
                        Flow.Options(ipOptions: options))
                    flow.advance(.client, by: 7)
                }
            },
            area.trace(
                10, "udp-length-below-8",
                "VXLAN over IPv4 whose UDP length is 7, then 0: tshark stops at the UDP header (\"Bad length "
                    + "value\"), so the inner segments are not followed; their retransmission is.",
                tags: ["udp", "vxlan", "length", "malformed"], invocations: standard
            ) { trace in
                vxlan(trace, udpLength: { index, length in index == 3 ? 7 : index == 4 ? 0 : length }) { flow in
                    flow.handshake()
                    for _ in 0..<2 {
                        flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"))
                    }
                    flow.send(.client, "kept")
                    flow.ack(.server)
                    flow.close()
                }
            },
            area.trace(
                11, "udp-length-past-ip-payload",
                "VXLAN over IPv4 whose UDP length is 100 bytes more than the IP payload: tshark flags it and "
                    + "dissects the payload the IP packet has; the inner segment is followed.",
                tags: ["udp", "vxlan", "length"], invocations: standard
            ) { trace in
                vxlan(trace, udpLength: { index, length in index == 3 ? length + 100 : length }) { flow in
                    flow.handshake()
                    flow.send(.client, "inner data")
                    flow.ack(.server)
                    flow.close()
                }
            },
            area.trace(
                12, "udp-length-short-of-ip-payload",
                "VXLAN over IPv4 whose UDP length ends 4 bytes before the inner segment does: the UDP payload "
                    + "is cut there, and the inner IPv4 packet's total length runs past it.",
                tags: ["udp", "vxlan", "length"], invocations: standard
            ) { trace in
                vxlan(trace, udpLength: { index, length in index == 3 ? length - 4 : length }) { flow in
                    flow.handshake()
                    flow.send(.client, "inner data, cut")
                    flow.send(.client, " then more")
                    flow.ack(.server)
                    flow.close()
                }
            },
            area.trace(
                13, "udp-length-zero-over-ipv6",
                "VXLAN over IPv6 with UDP length 0 (RFC 2675 jumbogram rule): tshark takes the IPv6 payload's "
                    + "length and follows the inner segments.",
                tags: ["udp", "vxlan", "ipv6", "length"], invocations: standard
            ) { trace in
                vxlan(trace, outerIPv6: true, udpLength: { _, _ in 0 }) { flow in
                    flow.handshake()
                    flow.send(.client, "over IPv6")
                    flow.send(.server, "answer")
                    flow.close()
                }
            },
            area.trace(
                20, "gre-ack-bit-outside-pptp",
                "GRE version 1 carrying IPv4 (not PPP) with the acknowledgment bit set: tshark reads an "
                    + "acknowledgment number only in PPTP's enhanced header (protocol PPP), so the inner packet "
                    + "starts right after the 4-byte header and is followed.",
                tags: ["gre", "malformed"], invocations: standard
            ) { trace in
                tunnel(trace, innerLink: .raw, wrap: { _, packet in gre([0x00, 0x81, 0x08, 0x00] + packet) }) {
                    Scenarios.basic($0)
                }
            },
            area.trace(
                21, "gre-pptp-ack-any-version",
                "PPP in GRE with the acknowledgment bit, versions 1 and 2: tshark reads the acknowledgment "
                    + "number whenever the version is not 0, and follows both.",
                tags: ["gre", "ppp"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .raw,
                    wrap: { index, packet in
                        let version: UInt8 = index % 2 == 0 ? 0x81 : 0x82
                        // Key (payload length, call ID), sequence, acknowledgment; then PPP's IPv4.
                        let fields: [UInt8] = [0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 0]
                        return gre([0x30, version, 0x88, 0x0B] + fields + [0xFF, 0x03, 0, 0x21] + packet)
                    }
                ) { Scenarios.basic($0) }
            },
            area.trace(
                22, "gre-wccp2-redirect-header",
                "GRE protocol 0x883E (WCCP): when the byte after the GRE header is not an IPv4 version nibble, "
                    + "tshark reads a 4-byte WCCPv2 redirect header before the IP packet; WCCPv1 packets (the IP "
                    + "header right away) alternate with them. All are followed.",
                tags: ["gre", "wccp"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .raw,
                    wrap: { index, packet in
                        gre([0x00, 0x00, 0x88, 0x3E] + (index % 2 == 0 ? [0x00, 0x01, 0x00, 0x00] : []) + packet)
                    }
                ) { Scenarios.basic($0) }
            },
            area.trace(
                23, "vxlan-flags-not-checked",
                "VXLAN with the I flag clear and every reserved bit set: tshark checks no flag and dissects the "
                    + "inner Ethernet frame; the stream is followed.",
                tags: ["udp", "vxlan"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .ethernet,
                    wrap: { _, frame in udp([0x77, 0xFF, 0xFF, 0xFF, 0, 0, 1, 0xFF] + frame, port: 4789) }
                ) { Scenarios.basic($0) }
            },
            area.trace(
                24, "vxlan-gpe-next-protocols",
                "VXLAN-GPE (UDP 4790) whose next protocol is IPv4 (1) or Ethernet (3), alternately: tshark "
                    + "dissects both, and the stream is followed. A segment behind next protocol 7 (unknown: data) "
                    + "is not; its retransmission is.",
                tags: ["udp", "vxlan-gpe"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .raw,
                    wrap: { index, packet in
                        let next: UInt8 = index == 3 ? 7 : index % 2 == 0 ? 1 : 3
                        let inner = next == 3 ? LinkLayer.ethernet.frame(packet) : packet
                        return udp([0x0C, 0, 0, next, 0, 0, 1, 0] + inner, port: 4790)
                    }
                ) { lostKeptAnswer($0) }
            },
            area.trace(
                25, "mpls-reserved-labels-at-bottom",
                "MPLS over Ethernet: at the bottom of the stack, OAM Alert (14, Y.1711) and I-TDM's default "
                    + "label 0x99887 go to their own dissectors, and GAL (13) to an associated channel header whose "
                    + "channel type names the payload: an IPv4 packet right after them is not dissected. GAL above "
                    + "the bottom is only flagged. Associated channels of type 0x0021 (IPv4), after GAL or after a "
                    + "first nibble of 1, are followed, as is label 100.",
                tags: ["mpls", "malformed"], invocations: standard
            ) { trace in
                let scratch = Trace(link: .raw)
                let flow = Flow(scratch)
                flow.handshake()
                for _ in 0..<3 {
                    flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"))
                }
                flow.send(.client, "kept")
                flow.send(.client, "gal1")
                flow.send(.client, "ach1")
                flow.ack(.server)
                flow.close()
                let channel: [UInt8] = [0x10, 0, 0x00, 0x21]
                for (index, record) in scratch.records.enumerated() {
                    let labels: [UInt32] = [3: [13], 4: [14], 5: [0x99887], 6: [13, 100], 7: [13]][index] ?? [100]
                    var frame: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x88, 0x47]
                    for (position, label) in labels.enumerated() {
                        let bottom: UInt32 = position == labels.count - 1 ? 0x100 : 0
                        frame.appendBE(label << 12 | bottom | 64)
                    }
                    trace.append(frame: frame + (index == 7 || index == 8 ? channel : []) + record.data)
                }
            },
            area.trace(
                26, "geneve-version-not-checked",
                "GENEVE (UDP 6081) with versions 0, 1, 2 and 3 in turn and a 4-byte option: tshark flags a "
                    + "version other than 0 and still dissects the inner Ethernet frame; the stream is followed.",
                tags: ["udp", "geneve"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .ethernet,
                    wrap: { index, frame in
                        let version = UInt8(index % 4) << 6
                        return udp(
                            [version | 1, 0, 0x65, 0x58, 0, 0, 1, 0, 0x01, 0x02, 0x03, 0x00] + frame, port: 6081)
                    }
                ) { Scenarios.basic($0) }
            },
            area.trace(
                27, "gre-erspan-header-rules",
                "ERSPAN in GRE without a sequence number: 0x88BE is then type I (bare Ethernet) but 0x22EB "
                    + "always has a header (type III here). A type III header whose frame type is 2 (IP) carries "
                    + "data, not Ethernet: that segment is not followed; its retransmission is.",
                tags: ["gre", "erspan", "malformed"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .ethernet,
                    wrap: { index, frame in
                        let typeIII: [UInt8] = [0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, index == 3 ? 0x08 : 0, 0]
                        return index % 2 == 0 && index != 3
                            ? gre([0x00, 0x00, 0x88, 0xBE] + frame) : gre([0x00, 0x00, 0x22, 0xEB] + typeIII + frame)
                    }
                ) { lostKeptAnswer($0) }
            },
            area.trace(
                28, "gtp-u-header-rules",
                "GTP on UDP 2152 carrying T-PDUs: version 1, version 0 (20-byte header), GTP' version 1 (6 bytes) and an "
                    + "Ethernet frame are followed; tshark's heuristic takes only 0x45-0x4E as IPv4, so a packet "
                    + "with IHL 15 (first byte 0x4F) is data; a GTP length 2 bytes short cuts the segment.",
                tags: ["udp", "gtp", "malformed"], invocations: standard
            ) { trace in
                tunnel(
                    trace, innerLink: .raw,
                    wrap: { index, packet in
                        var header: [UInt8]
                        var body = packet
                        var shortBy = 0
                        switch index {
                        case 4: header = [0x10, 0xFF, 0, 0] + [UInt8](repeating: 0, count: 16)
                        case 5: header = [0x20, 0xFF, 0, 0, 0, 7]
                        case 6:
                            header = [0x30, 0xFF, 0, 0, 0, 0, 0, 1]
                            body = LinkLayer.ethernet.frame(packet)
                        case 7:
                            header = [0x30, 0xFF, 0, 0, 0, 0, 0, 1]
                            shortBy = 2
                        default: header = [0x30, 0xFF, 0, 0, 0, 0, 0, 1]
                        }
                        // The length counts what follows the header (version 1: its first 8 bytes).
                        header[2] = UInt8((body.count - shortBy) >> 8)
                        header[3] = UInt8((body.count - shortBy) & 0xFF)
                        return udp(header + body, port: 2152)
                    }
                ) { flow in
                    flow.handshake()
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"),
                        Flow.Options(ipOptions: [UInt8](repeating: 1, count: 40)))
                    flow.send(.client, "kept")
                    flow.send(.server, "answer")
                    flow.send(.client, "eth!")
                    flow.send(.client, "cut-me")
                    flow.ack(.server)
                    flow.close()
                }
            },
            area.trace(
                30, "ipv6-options-past-packet",
                "IPv6 Hop-by-Hop and Destination Options headers whose PadN option runs past the end of the "
                    + "packet are malformed (no TCP); one running past its header into the TCP header is not "
                    + "(tshark's walk just ends), and neither is one that fits. A Hop-by-Hop header longer than the "
                    + "packet is malformed too.",
                tags: ["ipv6", "extension-headers", "malformed"], invocations: v6Standard
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                flow.handshake()
                let padN = { (kind: UInt8, length: UInt8) in
                    IPv6Packet.Extension(kind: kind, body: [0, 1, length, 0, 0, 0, 0])
                }
                let attempts: [(IPv6Packet.Extension, Bool)] = [
                    (padN(0, 40), false), (padN(60, 40), false),
                    (IPv6Packet.Extension(kind: 0, body: [10, 1, 4, 0, 0, 0, 0]), false),
                    (padN(0, 20), true), (padN(60, 20), true), (padN(0, 4), true),
                ]
                for (index, (header, followed)) in attempts.enumerated() {
                    let text = followed ? "ok-\(index)" : "bad\(index)"
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes(text),
                        Flow.Options(ipv6Extensions: [header]))
                    if followed { flow.advance(.client, by: 4) }
                }
                flow.ack(.server)
                flow.close()
            },
            area.trace(
                31, "ipv6-payload-lengths",
                "IPv6 payload length 0 without a Jumbo Payload option (nothing after the header is dissected: "
                    + "tshark's TSO preference is off), one 100 bytes longer than the frame (flagged; the frame's "
                    + "bytes are dissected) and one 3 bytes short of the segment (the segment is cut).",
                tags: ["ipv6", "length"], invocations: v6Standard
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                flow.handshake()
                for (delta, text) in [(-1_000, "lost"), (100, "long"), (-3, "cut!")] {
                    var packet = flow.packet(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes(text))
                    let length = delta == -1_000 ? 0 : packet.count - 40 + delta
                    packet[4] = UInt8(length >> 8)
                    packet[5] = UInt8(length & 0xFF)
                    trace.append(ip: packet)
                    if delta != -1_000 { flow.advance(.client, by: 4) }
                }
                flow.send(.client, "end")
                flow.ack(.server)
                flow.close()
            },
            area.trace(
                32, "ipv6-routing-header-rules",
                "IPv6 routing headers with segments left, one data segment each: type 0 with an odd length "
                    + "(tshark counts length/2 addresses and routes to the last of them), type 2 shorter than its "
                    + "home address and a segment routing header listing more segments than it holds (both "
                    + "malformed: no TCP), a well-formed type 2 and type 4, and a type 2 followed by a type 0.",
                tags: ["ipv6", "extension-headers", "routing", "malformed"],
                invocations: Invocations.follow(streams: [0, 1, 2, 3, 4], modes: ["ascii"]) + [
                    Invocations.z("conv,tcp", name: "conv"), fieldLines("fields", v6Fields, before: ["-n"]),
                ]
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                let address = { (last: UInt8) in IPAddressText.bytes("2001:db8::\(String(last, radix: 16))") }
                let zero: [UInt8] = [0, 0, 0]
                let chains: [[IPv6Packet.Extension]] = [
                    [
                        .init(
                            kind: 43, body: [3, 0, 1] + zero + [0] + address(0x99) + [UInt8](repeating: 0xEE, count: 8))
                    ],
                    [.init(kind: 43, body: [0, 2, 1, 0] + zero)],
                    [.init(kind: 43, body: [2, 4, 1, 1] + zero + address(0x44))],
                    [.init(kind: 43, body: [2, 2, 1, 0] + zero + address(0x22))],
                    [.init(kind: 43, body: [2, 4, 1, 0] + zero + address(0x45))],
                    [
                        .init(kind: 43, body: [2, 2, 1, 0] + zero + address(0x77)),
                        .init(kind: 43, body: [2, 0, 1, 0] + zero + address(0x88)),
                    ],
                ]
                for (index, chain) in chains.enumerated() {
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("seg-\(index)"),
                        Flow.Options(ipv6Extensions: chain))
                    flow.advance(.client, by: 5)
                }
            },
            area.trace(
                33, "ipv6-fixed-size-options",
                "IPv6 options tshark's dissectors read at their own size whatever their length byte says: a "
                    + "Jumbo Payload option of length 2 takes 4 bytes and a Router Alert of length 0 takes 2, so "
                    + "the PadN of length 40 they cover is never read. A Home Address option (Mobile IPv6) makes "
                    + "its address the TCP source: one of length 0 takes its 16 bytes from the TCP header, one in "
                    + "a Destination Options header names 2001:db8::1:1; each starts a stream of its own.",
                tags: ["ipv6", "extension-headers", "mobile-ipv6"],
                invocations: v6Standard + Invocations.follow(streams: [1, 2], modes: ["ascii"])
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                flow.handshake()
                let headers: [IPv6Packet.Extension] = [
                    .init(kind: 0, body: [0, 0xC2, 2, 0, 0, 0x01, 40]),
                    .init(kind: 60, body: [0, 0x01, 0, 0x05, 0, 0x01, 40]),
                    .init(kind: 0, body: [0, 0x01, 2, 0, 0, 0xC9, 0]),
                    .init(kind: 60, body: [2, 0x01, 2, 0, 0, 0xC9, 16] + IPAddressText.bytes("2001:db8::1:1")),
                ]
                for (index, header) in headers.enumerated() {
                    flow.raw(
                        .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("ok-\(index)"),
                        Flow.Options(ipv6Extensions: [header]))
                    if index < 2 { flow.advance(.client, by: 4) }
                }
                flow.ack(.server)
                flow.close()
            },
        ]
    }

    /// An IPv4 packet from 192.0.2.1 to 192.0.2.2 carrying `message` over UDP from port 50000 to
    /// `port` (length correct, no checksum).
    private static func udp(_ message: [UInt8], port: UInt16) -> [UInt8] {
        var datagram: [UInt8] = []
        datagram.appendBE(UInt16(50000))
        datagram.appendBE(port)
        datagram.appendBE(UInt16(8 + message.count))
        datagram += [0, 0] + message
        return IPv4Packet(
            source: IPAddressText.bytes("192.0.2.1"), destination: IPAddressText.bytes("192.0.2.2"),
            protocolNumber: 17, payload: datagram
        ).emit()
    }

    /// An IPv4 packet from 192.0.2.1 to 192.0.2.2 carrying `message` as GRE (protocol 47).
    private static func gre(_ message: [UInt8]) -> [UInt8] {
        IPv4Packet(
            source: IPAddressText.bytes("192.0.2.1"), destination: IPAddressText.bytes("192.0.2.2"),
            protocolNumber: 47, payload: message
        ).emit()
    }

    /// Runs `build` on a flow written to a scratch trace framed with `innerLink`, then appends
    /// `wrap(index, frame)` (an outer IP packet) for each of its frames to `trace`.
    private static func tunnel(
        _ trace: Trace, innerLink: LinkLayer, wrap: (Int, [UInt8]) -> [UInt8], _ build: (Flow) -> Void
    ) {
        let scratch = Trace(link: innerLink)
        build(Flow(scratch))
        for (index, record) in scratch.records.enumerated() {
            trace.append(ip: wrap(index, record.data))
        }
    }

    /// Runs `build` on a flow written to a scratch trace, then appends each of its Ethernet frames
    /// to `trace` in VXLAN (VNI 1) over UDP 50000 -> 4789 over IPv4 192.0.2.1 -> 192.0.2.2 (or
    /// IPv6 2001:db8::a -> 2001:db8::b). `udpLength(index, correct)` gives frame `index`'s UDP length.
    private static func vxlan(
        _ trace: Trace, outerIPv6: Bool = false, udpLength: (Int, Int) -> Int = { $1 }, _ build: (Flow) -> Void
    ) {
        let scratch = Trace()
        build(Flow(scratch))
        for (index, record) in scratch.records.enumerated() {
            let message: [UInt8] = [0x08, 0, 0, 0, 0, 0, 1, 0] + record.data
            var udp: [UInt8] = []
            udp.appendBE(UInt16(50000))
            udp.appendBE(UInt16(4789))
            udp.appendBE(UInt16(udpLength(index, 8 + message.count)))
            udp += [0, 0] + message
            if outerIPv6 {
                trace.append(
                    ip: IPv6Packet(
                        source: IPAddressText.bytes("2001:db8::a"), destination: IPAddressText.bytes("2001:db8::b"),
                        nextHeader: 17, payload: udp
                    ).emit())
            } else {
                trace.append(
                    ip: IPv4Packet(
                        source: IPAddressText.bytes("192.0.2.1"), destination: IPAddressText.bytes("192.0.2.2"),
                        protocolNumber: 17, payload: udp
                    ).emit())
            }
        }
    }

    /// Appends a client data segment whose IPv4 total length is 0, zero-filled to `wireLength`
    /// bytes of IP (a TCP length past 16 bits has no pseudo-header to checksum) and cut to `caplen`.
    private static func appendZeroLength(_ flow: Flow, _ data: [UInt8], wireLength: Int? = nil, caplen: Int? = nil) {
        var packet = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, data)
        packet.totalLengthOverride = 0
        var bytes = packet.emit()
        if let wireLength, bytes.count < wireLength { bytes += [UInt8](repeating: 0, count: wireLength - bytes.count) }
        flow.trace.append(ip: bytes, caplen: caplen)
        flow.advance(.client, by: bytes.count - 40)
    }

    /// A handshake, a client segment the tunnel hides ("lost"), its retransmission ("kept"), the
    /// server's answer and a close.
    private static func lostKeptAnswer(_ flow: Flow) {
        flow.handshake()
        flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("lost"))
        flow.send(.client, "kept")
        flow.send(.server, "answer")
        flow.close()
    }
}
