import ConformanceKit

extension Catalog {
    /// How tshark's link-layer and TCP dissectors judge odd headers (issue 11): tags it steps over
    /// (E-Tag, I-Tag), tags it stops at (a 21st 802.1Q tag, a length after an 802.1ad tag), BSD
    /// loopback headers it reads as EtherTypes, Linux cooked frames carrying Ethernet, and TCP
    /// options whose dissector throws before the follow and conversation taps. Numbers 40–79 of
    /// the `malformed` area (1–39 are the network layer's).
    static func malformedLinkAndTCP() -> [CaseSpec] {
        let area = AreaBuilder(area: "malformed", file: "MalformedLinkCases.swift")
        return malformedLinkCases(area) + malformedTCPCases(area)
    }

    /// Follow (ascii, hex), the TCP conversation table and a `-T fields` line of `fields`.
    private static func malformedInvocations(_ fields: [String], extra: [Invocation] = []) -> [Invocation] {
        Invocations.follow(modes: ["ascii", "hex"]) + [Invocations.z("conv,tcp", name: "conv")]
            + [fieldLines("fields", fields, before: ["-n"])] + extra
    }

    /// The fields the link-layer cases print.
    private static let linkFields = [
        "frame.number", "eth", "vlan.id", "ip.src", "ip.dst", "tcp.stream", "tcp.len", "tcp.payload",
    ]
    /// The fields the TCP option cases print.
    private static let tcpFields = [
        "frame.number", "tcp.stream", "tcp.flags.str", "tcp.seq", "tcp.ack", "tcp.len", "tcp.payload",
    ]

    /// Handshake, one request, one reply and an ACK (six frames, client first), each IP packet
    /// framed by `frame(index, packet)`.
    private static func framedHello(_ trace: Trace, _ request: String, frame: (Int, [UInt8]) -> [UInt8]) {
        let flow = Flow(trace)
        let steps: [(Flow.Side, String, [UInt8])] = [
            (.client, "S", []), (.server, "SA", []), (.client, "A", []),
            (.client, "PA", bytes(request)), (.server, "PA", bytes("reply")), (.client, "A", []),
        ]
        for (index, (side, flags, data)) in steps.enumerated() {
            let (seq, ack) = side == .client ? (flow.clientSeq, flow.serverSeq) : (flow.serverSeq, flow.clientSeq)
            let packet = flow.packet(side, flags, seq: seq, ack: flags.contains("A") ? ack : 0, data)
            trace.append(frame: frame(index, packet))
            flow.advance(side, by: data.count + (flags.contains("S") ? 1 : 0))
        }
    }

    /// Ethernet destination 00:00:00:00:00:02 and source 00:00:00:00:00:01.
    private static let ethernetAddresses: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1]

    /// An Ethernet header whose type field is `type`, then `rest`.
    private static func ethernet(_ type: UInt16, _ rest: [UInt8]) -> [UInt8] {
        ethernetAddresses + [UInt8(type >> 8), UInt8(type & 0xFF)] + rest
    }

    /// An 802.1Q tag (`tpid` 0x8100) with VLAN `id`, then the type field `type`.
    private static func tag(_ id: UInt16, _ type: UInt16, tpid: UInt16 = 0x8100) -> [UInt8] {
        [UInt8(tpid >> 8), UInt8(tpid & 0xFF), UInt8(id >> 8), UInt8(id & 0xFF), UInt8(type >> 8), UInt8(type & 0xFF)]
    }

    private static func malformedLinkCases(_ area: AreaBuilder) -> [CaseSpec] {
        let eTag: [UInt8] = [0x00, 0x00, 0x10, 0x05, 0x00, 0x00]
        let snap: [UInt8] = [0xAA, 0xAA, 0x03, 0, 0, 0, 0x08, 0x00]
        return [
            area.trace(
                40, "etag-8021br",
                "An 802.1BR E-Tag (0x893F) between Ethernet and IPv4: tshark's etag dissector steps over its "
                    + "6 bytes to the EtherType.",
                tags: ["link", "etag"], invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello etag") { _, packet in ethernet(0x893F, eTag + [0x08, 0x00] + packet) }
            },
            area.trace(
                41, "etag-then-vlan",
                "An E-Tag whose EtherType is 802.1Q (VLAN 7), then IPv4: the E-Tag's type goes to the whole "
                    + "EtherType table.",
                tags: ["link", "etag", "vlan"], invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello etag vlan") { _, packet in
                    ethernet(0x893F, eTag + tag(7, 0x0800) + packet)
                }
            },
            area.trace(
                42, "qinq-length-is-not-llc",
                "Client frames with an 802.1ad tag whose inner type is an 802.3 length before LLC/SNAP and IPv4: "
                    + "tshark's ieee8021ad dissector takes it as an EtherType and stops; the server's frames "
                    + "(0x0800 after the tag) are followed.",
                tags: ["link", "qinq", "802.3"], invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hidden request") { index, packet in
                    let isClient = [0, 2, 3, 5].contains(index)
                    let length = UInt16(snap.count + packet.count)
                    return isClient
                        ? ethernet(0x88A8, tag(100, length).dropFirst(2) + snap + packet)
                        : ethernet(0x88A8, tag(100, 0x0800).dropFirst(2) + packet)
                }
            },
            area.trace(
                43, "itag-8021ah",
                "An 802.1ah I-Tag (0x88E7): tshark steps over the I-Tag and the customer addresses (18 bytes) "
                    + "to the EtherType.",
                tags: ["link", "pbb"], invocations: malformedInvocations(linkFields)
            ) { trace in
                let iTag: [UInt8] = [0x00, 0x00, 0x00, 0x28] + [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 3]
                framedHello(trace, "hello itag") { _, packet in ethernet(0x88E7, iTag + [0x08, 0x00] + packet) }
            },
            area.trace(
                49, "tags-stepped-over",
                "Cisco MetaData (0x8909, 8 bytes), HSR (0x892F, 6), 802.1CB R-Tag (0xF1C1, 6) and VN-Tag "
                    + "(0x8926, 6; its type may be an 802.3 length before LLC/SNAP): tshark steps over each to IPv4.",
                tags: ["link", "tags"], invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello tags") { index, packet in
                    let length = UInt16(snap.count + packet.count)
                    switch index {
                    case 0, 5: return ethernet(0x8909, [1, 1, 0, 1, 0, 2, 0x08, 0x00] + packet)
                    case 1: return ethernet(0x892F, [0, 0, 0, 1, 0x08, 0x00] + packet)
                    case 2: return ethernet(0xF1C1, [0, 0, 0, 1, 0x08, 0x00] + packet)
                    case 3: return ethernet(0x8926, [0, 0, 0, 0, UInt8(length >> 8), UInt8(length & 0xFF)] + snap + packet)
                    default: return ethernet(0x8926, [0, 0, 0, 0, 0x08, 0x00] + packet)
                    }
                }
            },
            area.trace(
                50, "sll-ipgre-protocol",
                "Linux cooked v1 frames of an ipgre interface (ARPHRD_IPGRE, 778): the protocol is a GRE type. "
                    + "0x0800, 0x883E, PPP 0x880B, ERSPAN 0x88BE (type I: no GRE flags) and 0x22EB (always a header) "
                    + "lead to IPv4; 802.1Q 0x8100 is no GRE type, so the last ACK is not TCP.",
                tags: ["link", "sll", "gre"], link: .sll, invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello ipgre") { index, packet in
                    let header: [UInt8] = [0, 0, 0x03, 0x0A, 0, 0] + [UInt8](repeating: 0, count: 8)
                    switch index {
                    case 0: return header + [0x08, 0x00] + packet
                    case 1: return header + [0x88, 0x3E] + packet
                    case 2: return header + [0x88, 0x0B, 0xFF, 0x03, 0x00, 0x21] + packet
                    case 3: return header + [0x88, 0xBE] + ethernet(0x0800, packet)
                    case 4: return header + [0x22, 0xEB, 0x10, 0, 0, 0, 0, 0, 0, 0] + ethernet(0x0800, packet)
                    default: return header + [0x81, 0x00, 0, 7, 0x08, 0x00] + packet
                    }
                }
            },
            area.trace(
                44, "vlan-21-tags",
                "Client frames behind 21 802.1Q tags, server frames behind 20: tshark's vlan dissector takes "
                    + "20 tags in a frame and stops at the next (a bare vlan, no vlan.id), so only the server's "
                    + "frames carry TCP.",
                tags: ["link", "vlan", "nesting"], invocations: malformedInvocations(linkFields + ["vlan"])
            ) { trace in
                framedHello(trace, "hidden request") { index, packet in
                    let count = [0, 2, 3, 5].contains(index) ? 21 : 20
                    var tags: [UInt8] = []
                    for number in 1...count {
                        tags += tag(UInt16(number), number == count ? 0x0800 : 0x8100).dropFirst(2)
                    }
                    return ethernet(0x8100, tags + packet)
                }
            },
            area.trace(
                45, "null-ethertype-truncated",
                "BSD loopback headers above 1500 are EtherTypes cut to 16 bits: 0f 00 08 00, 00 00 08 00, "
                    + "00 08 00 00 and 41 41 08 00 all carry IPv4.",
                tags: ["link", "null"], link: .null(bigEndian: false), invocations: malformedInvocations(linkFields)
            ) { trace in
                let headers: [[UInt8]] = [[0x0F, 0, 8, 0], [0, 0, 8, 0], [0, 8, 0, 0], [0x41, 0x41, 8, 0]]
                framedHello(trace, "hello null ethertype") { index, packet in headers[index % headers.count] + packet }
            },
            area.trace(
                46, "null-irix-family",
                "BSD loopback headers with a 16-bit family in either half (00 02 00 00, 00 00 02 00): tshark "
                    + "reads them as IRIX/UNICOS AF_INET.",
                tags: ["link", "null"], link: .null(bigEndian: false), invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello irix") { index, packet in
                    (index % 2 == 0 ? [0, 2, 0, 0] : [0, 0, 2, 0]) + packet
                }
            },
            area.trace(
                47, "sll-ethernet-protocol",
                "Linux cooked v1 client frames with protocol 3 (LINUX_SLL_P_ETHERNET) carrying a whole Ethernet "
                    + "frame: tshark dissects the inner Ethernet (eth fields) and its IPv4.",
                tags: ["link", "sll"], link: .sll, invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello sll ethernet") { index, packet in
                    let header: [UInt8] = [0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 1, 0, 0]
                    return [0, 2].contains(index % 3) ? header + [0, 3] + ethernet(0x0800, packet) : header + [8, 0] + packet
                }
            },
            area.trace(
                48, "sll2-ethernet-protocol",
                "Linux cooked v2 frames with protocol 3 carrying a whole Ethernet frame, one with 802.1Q inside.",
                tags: ["link", "sll2"], link: .sll2, invocations: malformedInvocations(linkFields)
            ) { trace in
                framedHello(trace, "hello sll2 ethernet") { index, packet in
                    let header: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 0, 0, 0, 0, 0, 1, 0, 0]
                    let inner = index == 3 ? ethernet(0x8100, tag(9, 0x0800).dropFirst(2) + packet) : ethernet(0x0800, packet)
                    return [0, 3] + header[2...] + inner
                }
            },
        ]
    }

    private static func malformedTCPCases(_ area: AreaBuilder) -> [CaseSpec] {
        let nopNopSACK2: [UInt8] = [1, 1, 5, 2]
        return [
            area.flow(
                60, "sack-without-block",
                "NOP NOP SACK with option length 2 on a request and on an ACK: tshark's SACK dissector reads a "
                    + "block that is not there, so the frames miss follow, -z conv,tcp and tcp.payload "
                    + "(tcp.len and the stream stay).",
                tags: ["tcp", "options", "sack"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                flow.handshake()
                flow.send(.client, "lost request", Flow.Options(tcpOptions: nopNopSACK2))
                flow.send(.server, "reply")
                flow.segment(.client, "A", [], Flow.Options(tcpOptions: nopNopSACK2))
                flow.send(.client, "kept request")
                flow.close()
            },
            area.trace(
                61, "sack-without-block-ack-past-half",
                "Block-less SACK options stay harmless when tcp.ack (relative with ACK, raw without) is past "
                    + "2^31: relative numbers hide only the segment acknowledging 1; with "
                    + "-o tcp.relative_sequence_numbers:FALSE (server ISN 0xF0000000) the other data segment.",
                tags: ["tcp", "options", "sack"],
                invocations: malformedInvocations(
                    tcpFields,
                    extra: [
                        Invocations.custom(
                            "conv-absolute",
                            ["-r", "{capture}", "-o", "tcp.relative_sequence_numbers:FALSE", "-qz", "conv,tcp"]),
                        Invocations.custom(
                            "follow-ascii-absolute",
                            ["-r", "{capture}", "-o", "tcp.relative_sequence_numbers:FALSE", "-qz", "follow,tcp,ascii,0"]),
                        fieldLines(
                            "fields-absolute", tcpFields,
                            before: ["-n", "-o", "tcp.relative_sequence_numbers:FALSE"]),
                    ])
            ) { trace in
                let flow = Flow(trace, serverISN: 0xF000_0000)
                let sack = Flow.Options(tcpOptions: [5, 2])
                flow.handshake()
                flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("ack one;"), sack)
                flow.advance(.client, by: 8)
                flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq &+ 0x8000_0100, bytes("far ack;"), sack)
                flow.advance(.client, by: 8)
                flow.raw(.client, "P", seq: flow.clientSeq, ack: 0x9000_0000, bytes("no ack flag;"), sack)
                flow.advance(.client, by: 12)
                flow.send(.server, "reply")
            },
            area.trace(
                66, "sack-without-block-unreassembled-fragment",
                "A fragmented segment with NOP NOP SACK length 2 acknowledging the server's ISN 0xF0000000 + 1: "
                    + "reassembled, its relative ack (1) hides it; with ip.defragment off the first fragment keeps "
                    + "its raw ack (past 2^31), so tshark counts it.",
                tags: ["tcp", "options", "sack", "fragments"],
                invocations: malformedInvocations(
                    tcpFields,
                    extra: [
                        Invocations.custom(
                            "conv-no-defragment", ["-r", "{capture}", "-o", "ip.defragment:FALSE", "-qz", "conv,tcp"]),
                        fieldLines("fields-no-defragment", tcpFields, before: ["-n", "-o", "ip.defragment:FALSE"]),
                    ])
            ) { trace in
                let flow = Flow(trace, serverISN: 0xF000_0000)
                flow.handshake()
                let payload = [UInt8](repeating: 0x61, count: 120)
                let datagram = flow.datagram(
                    .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload,
                    Flow.Options(tcpOptions: [1, 1, 5, 2]))
                flow.advance(.client, by: payload.count)
                for piece in datagram.fragments([(0, 72, true), (72, 72, false)]) {
                    trace.append(ip: piece)
                }
                flow.send(.client, "after")
                flow.send(.server, "reply")
            },
            area.flow(
                67, "scps-extended-capabilities",
                "SCPS (20): a capabilities option (length 4) marks its sender capable; the SYN/ACK without one "
                    + "clears that. In a capable direction an option of another length is a list of binding "
                    + "spaces, and one running past the option hides the frame; elsewhere it is harmless.",
                tags: ["tcp", "options", "scps"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                let capabilities = Flow.Options(tcpOptions: [20, 4, 0x80, 0])
                let overrun = Flow.Options(tcpOptions: [20, 5, 1, 0, 0])
                let fitting = Flow.Options(tcpOptions: [20, 6, 1, 0x10, 0, 0])
                flow.syn([], capabilities)
                flow.synAck()
                flow.ack(.client)
                flow.send(.client, "cleared by the SYN/ACK;", overrun)
                flow.send(.client, "capable now;", capabilities)
                flow.send(.client, "hidden;", overrun)
                flow.send(.client, "fits;", fitting)
                flow.send(.server, "server not capable", overrun)
            },
            area.flow(
                62, "sack-partial-blocks",
                "SACK options of lengths 3 to 9 (no whole block) hide their frames; 10 (one block) and 11 "
                    + "(a block and a stray byte) do not.",
                tags: ["tcp", "options", "sack"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                flow.handshake()
                for length in 3...11 {
                    let option: [UInt8] = [5, UInt8(length)] + [UInt8](repeating: 0, count: length - 2)
                    flow.send(.client, "sack \(length);", Flow.Options(tcpOptions: option))
                }
                flow.send(.server, "reply")
            },
            area.flow(
                63, "snack-option",
                "An SCPS SNACK option (21) of its proper length 6 hides its frame (tshark's dissector reads a "
                    + "sequence number at byte 8 of the 6-byte option); a SNACK of length 4 is only flagged.",
                tags: ["tcp", "options"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                flow.handshake()
                flow.send(.client, "snack 6;", Flow.Options(tcpOptions: [21, 6, 0, 1, 0, 2]))
                flow.send(.client, "snack 4;", Flow.Options(tcpOptions: [21, 4, 0, 1]))
                flow.send(.server, "reply")
            },
            area.flow(
                64, "mptcp-short-options",
                "MPTCP options too short for their subtype hide their frames: length 2; length 3 for MP_CAPABLE, "
                    + "DSS, ADD_ADDR and TCPRST; below 12 for MP_FAIL and MP_FASTCLOSE. MP_JOIN of length 3 and "
                    + "MP_FAIL of length 12 pass.",
                tags: ["tcp", "options", "mptcp"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                flow.handshake()
                let options: [(String, [UInt8])] = [
                    ("len2", [30, 2]), ("capable3", [30, 3, 0x00]), ("dss3", [30, 3, 0x20]),
                    ("addaddr3", [30, 3, 0x30]), ("tcprst3", [30, 3, 0x80]), ("join3", [30, 3, 0x10]),
                    ("fail8", [30, 8, 0x60, 0, 0, 0, 0, 0]), ("fastclose11", [30, 11, 0x70] + [UInt8](repeating: 0, count: 8)),
                    ("fail12", [30, 12, 0x60] + [UInt8](repeating: 0, count: 9)),
                ]
                for (name, option) in options {
                    flow.send(.client, name + ";", Flow.Options(tcpOptions: option))
                }
                flow.send(.server, "reply")
            },
            area.flow(
                65, "option-lengths-only-flagged",
                "Options tshark only flags and stops at: a length byte past the options, lengths 0 and 1, a "
                    + "length past the header, bytes after EOL, MSS/WS/TS of the wrong length. Every frame "
                    + "still reaches follow and -z conv,tcp.",
                tags: ["tcp", "options"], invocations: malformedInvocations(tcpFields)
            ) { flow in
                flow.handshake()
                let options: [(String, [UInt8])] = [
                    ("past-options", [1, 1, 1, 2]), ("zero", [2, 0, 1, 1]), ("one", [3, 1, 1, 1]),
                    ("past-header", [8, 12, 0, 0, 0, 0, 0, 0]), ("after-eol", [0, 1, 1, 1]),
                    ("mss3", [2, 3, 5, 1]), ("ws4", [3, 4, 7, 1]), ("ts8", [8, 8, 0, 0, 0, 1, 0, 0]),
                ]
                for (name, option) in options {
                    flow.send(.client, name + ";", Flow.Options(tcpOptions: option))
                }
                flow.send(.server, "reply")
            },
        ]
    }
}
