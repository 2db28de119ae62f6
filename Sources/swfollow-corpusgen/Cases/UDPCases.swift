import ConformanceKit

extension Catalog {
    /// `-z follow,udp` and `udp.stream` as tshark 4.0.17 has them (issue 12): the five modes, node
    /// choice, ranges and address filters; stream numbering across reuse, fragments, ICMP errors,
    /// tunnels and odd UDP lengths; the UDP fields and `-z conv,udp`; and the argument errors.
    static func udp() -> [CaseSpec] {
        udpFollowCases() + udpNumberingCases() + udpLengthCases() + udpTableAndErrorCases()
    }

    /// The fields every UDP case prints.
    private static let udpFieldNames = [
        "frame.number", "udp.stream", "udp.srcport", "udp.dstport", "udp.length", "udp.checksum", "udp.payload",
    ]

    /// `-r {capture} -qz follow,udp,MODE,FILTER` for each mode, named `follow-MODE-LABEL`.
    private static func followUDP(_ filter: String, label: String, modes: [String]) -> [Invocation] {
        modes.map { Invocations.z("follow,udp,\($0),\(filter)", name: "follow-\($0)-\(label)") }
    }

    /// Follows of `streams` in ascii and hex, then the UDP fields (`-n -T fields`) and `-z conv,udp`.
    private static func udpStandard(_ streams: [Int], before: [String] = [], prefix: String = "") -> [Invocation] {
        let follows = streams.flatMap { stream in
            ["ascii", "hex"].map { mode in
                Invocations.custom(
                    prefix + "follow-\(mode)-\(stream)",
                    ["-r", "{capture}"] + before + ["-qz", "follow,udp,\(mode),\(stream)"])
            }
        }
        return follows + [
            fieldLines(prefix + "fields", udpFieldNames, before: ["-n"] + before),
            Invocations.custom(prefix + "conv", ["-r", "{capture}"] + before + ["-qz", "conv,udp"]),
        ]
    }

    /// The five follow modes.
    private static let fiveModes = Invocations.modes + ["ebcdic"]

    /// A DNS query for `name` (type A, class IN) with transaction id `id`.
    private static func dnsQuery(_ id: UInt16, _ name: String = "example.com") -> [UInt8] {
        var out: [UInt8] = []
        out.appendBE(id)
        out += [0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in name.split(separator: ".") { out += [UInt8(label.utf8.count)] + Array(label.utf8) }
        return out + [0, 0, 1, 0, 1]
    }

    /// The answer to `dnsQuery(id, name)`: one A record, 192.0.2.80, TTL 300.
    private static func dnsAnswer(_ id: UInt16, _ name: String = "example.com") -> [UInt8] {
        var out = dnsQuery(id, name)
        out[2] = 0x81
        out[3] = 0x80
        out[7] = 1
        return out + [0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 0x01, 0x2C, 0, 4, 192, 0, 2, 80]
    }

    /// Writes a query from the client and its answer.
    private static func dnsExchange(_ exchange: UDPExchange, id: UInt16) {
        exchange.send(.client, dnsQuery(id))
        exchange.send(.server, dnsAnswer(id))
    }

    /// Nine datagrams, c c s c s s c s c, with NUL, CR/LF, TAB and 0xFF bytes among the text.
    private static func nineDatagrams(_ exchange: UDPExchange) {
        let script: [(Flow.Side, [UInt8])] = [
            (.client, bytes("c1 hello\r\n")), (.client, bytes("c2 ") + [0, 1, 2, 0xFF]),
            (.server, bytes("s1 welcome\n")), (.client, bytes("c3\tTAB")), (.server, bytes("s2 ok")),
            (.server, bytes("s3 ") + [0x80, 0xC1, 0x7F]), (.client, bytes("c4 bye")), (.server, bytes("s4 bye")),
            (.client, bytes("c5 last")),
        ]
        for (side, payload) in script { exchange.send(side, payload) }
    }

    /// Cases 1-9: the five modes, node choice, ranges, address filters and several follows at once.
    private static func udpFollowCases() -> [CaseSpec] {
        let area = AreaBuilder(area: "udp", file: "UDPCases.swift")
        let v6 = (client: ("2001:db8::1", UInt16(53000)), server: ("2001:db8::2", UInt16(53)))
        return [
            area.trace(
                1, "dns-exchange",
                "A DNS query and its answer as UDP stream 0 in all five modes: one record per datagram; yaml numbers "
                    + "packets by frame.",
                tags: ["follow", "modes"],
                invocations: followUDP("0", label: "0", modes: fiveModes) + [
                    fieldLines("fields", udpFieldNames, before: ["-n"])
                ]
            ) { trace in
                dnsExchange(UDPExchange(trace), id: 0x1234)
            },
            area.trace(
                2, "reply-seen-first",
                "The server's datagram comes first: it is Node 0 in every mode, though the client sends next.",
                tags: ["follow", "modes", "nodes"], invocations: followUDP("0", label: "0", modes: fiveModes)
            ) { trace in
                let exchange = UDPExchange(trace)
                exchange.send(.server, dnsAnswer(7))
                exchange.send(.client, dnsQuery(8))
                exchange.send(.server, dnsAnswer(8))
            },
            area.trace(
                3, "many-datagrams",
                "Nine datagrams, several in a row from one side: one record per datagram, never merged, in all five modes.",
                tags: ["follow", "modes"], invocations: followUDP("0", label: "0", modes: fiveModes)
            ) { trace in
                nineDatagrams(UDPExchange(trace))
            },
            area.trace(
                4, "range",
                "RANGE 2-3, 3 and 8-20 over nine datagrams: records are counted per datagram, and hex offsets count "
                    + "the skipped ones.",
                tags: ["follow", "range"],
                invocations: followUDP("0,2-3", label: "2-3", modes: fiveModes)
                    + followUDP("0,3", label: "3", modes: ["ascii"])
                    + followUDP("0,8-20", label: "8-20", modes: ["ascii", "hex"])
            ) { trace in
                nineDatagrams(UDPExchange(trace))
            },
            area.trace(
                5, "address-pair-ipv4",
                "Two conversations; the second followed by ADDR:PORT pairs in both orders (the Filter line keeps the "
                    + "order, Node 0 is the first sender), and a pair matching none (Node 0: :0).",
                tags: ["follow", "address-filter", "ipv4"],
                invocations: followUDP("10.0.0.1:53001,10.0.0.2:53", label: "forward", modes: ["ascii", "raw"])
                    + followUDP("10.0.0.2:53,10.0.0.1:53001", label: "reversed", modes: ["ascii", "raw"])
                    + followUDP("10.0.0.1:53002,10.0.0.2:53", label: "none", modes: ["ascii"])
            ) { trace in
                let first = UDPExchange(trace)
                let second = UDPExchange(trace, client: ("10.0.0.1", 53001))
                first.send(.client, dnsQuery(1))
                second.send(.client, dnsQuery(2))
                first.send(.server, dnsAnswer(1))
                second.send(.server, dnsAnswer(2))
            },
            area.trace(
                6, "address-pair-ipv6",
                "The same over IPv6: bracketed addresses, an ipv6.src/ipv6.dst Filter line, in both orders, and a pair "
                    + "matching none.",
                tags: ["follow", "address-filter", "ipv6"],
                invocations: followUDP(
                    "[2001:db8::1]:53001,[2001:db8::2]:53", label: "forward", modes: ["ascii", "raw"])
                    + followUDP("[2001:db8::2]:53,[2001:db8::1]:53001", label: "reversed", modes: ["ascii", "raw"])
                    + followUDP("[2001:db8::1]:53002,[2001:db8::2]:53", label: "none", modes: ["ascii"])
            ) { trace in
                let first = UDPExchange(trace, client: v6.client, server: v6.server)
                let second = UDPExchange(trace, client: ("2001:db8::1", 53001), server: v6.server)
                first.send(.client, dnsQuery(1))
                second.send(.client, dnsQuery(2))
                first.send(.server, dnsAnswer(1))
                second.send(.server, dnsAnswer(2))
            },
            area.flow(
                7, "no-udp-stream",
                "A TCP-only capture followed as UDP stream 0: the empty block (Node 0: :0, yaml host empty) in every mode.",
                tags: ["follow", "empty"], invocations: followUDP("0", label: "0", modes: fiveModes)
            ) { flow in
                Scenarios.basic(flow)
            },
            area.trace(
                8, "mixed-follows",
                "Several -z follow,udp and -z follow,tcp in one command (one repeated): blocks print in reverse "
                    + "command-line order, a repeated one twice.",
                tags: ["follow", "multi-z"],
                invocations: [
                    Invocations.custom(
                        "udp1-tcp0-udp0",
                        [
                            "-r", "{capture}", "-q", "-z", "follow,udp,ascii,1", "-z", "follow,tcp,ascii,0", "-z",
                            "follow,udp,hex,0",
                        ]),
                    Invocations.custom(
                        "tcp0-udp0",
                        ["-r", "{capture}", "-q", "-z", "follow,tcp,hex,0", "-z", "follow,udp,yaml,0"]),
                    Invocations.custom(
                        "udp0-twice",
                        ["-r", "{capture}", "-q", "-z", "follow,udp,ascii,0", "-z", "follow,udp,ascii,0"]),
                ]
            ) { trace in
                let tcp = Flow(trace)
                let first = UDPExchange(trace)
                let second = UDPExchange(trace, client: ("10.0.0.1", 53001))
                tcp.handshake()
                first.send(.client, dnsQuery(1))
                tcp.send(.client, "tcp request")
                second.send(.client, "second stream")
                first.send(.server, dnsAnswer(1))
                tcp.send(.server, "tcp answer")
                second.send(.server, "second answer")
                tcp.close()
            },
            area.trace(
                9, "empty-datagrams",
                "Datagrams with UDP length 8 (no payload) between non-empty ones: numbered, but no record in any mode "
                    + "(yaml included).",
                tags: ["follow", "modes", "empty", "length"],
                invocations: followUDP("0", label: "0", modes: fiveModes)
                    + [fieldLines("fields", udpFieldNames, before: ["-n"])]
            ) { trace in
                let exchange = UDPExchange(trace, client: ("10.0.0.1", 40000), server: ("10.0.0.2", 7000))
                exchange.send(.client, [])
                exchange.send(.client, "ping")
                exchange.send(.server, [])
                exchange.send(.server, "pong")
                exchange.send(.client, [])
            },
        ]
    }

    /// Cases 10-23: `udp.stream` across reuse, many conversations, fragments, ICMP errors and tunnels.
    private static func udpNumberingCases() -> [CaseSpec] {
        let area = AreaBuilder(area: "udp", file: "UDPCases.swift")
        let v6 = (client: ("2001:db8::1", UInt16(53000)), server: ("2001:db8::2", UInt16(53)))
        return [
            area.trace(
                10, "port-reuse",
                "The same 4-tuple again after another conversation and ten minutes of silence: still stream 0.",
                tags: ["numbering", "reuse"], invocations: udpStandard([0, 1])
            ) { trace in
                let first = UDPExchange(trace)
                dnsExchange(first, id: 1)
                dnsExchange(UDPExchange(trace, client: ("10.0.0.3", 53000)), id: 2)
                trace.clock += 600 * 1_000_000_000
                dnsExchange(first, id: 3)
            },
            area.trace(
                11, "many-conversations",
                "Twelve conversations, IPv4 and IPv6 alternately, answers in reverse: numbered by first datagram; "
                    + "-z conv,udp prints IPv6 addresses without brackets.",
                tags: ["numbering"], invocations: udpStandard([0, 7, 11])
            ) { trace in
                let exchanges = (0..<12).map { (index: Int) -> UDPExchange in
                    let port = UInt16(53000 + index)
                    if index % 2 == 0 { return UDPExchange(trace, client: ("10.0.0.1", port)) }
                    return UDPExchange(trace, client: ("2001:db8::1", port), server: v6.server)
                }
                for (index, exchange) in exchanges.enumerated() { exchange.send(.client, dnsQuery(UInt16(index))) }
                for (index, exchange) in exchanges.enumerated().reversed() {
                    exchange.send(.server, dnsAnswer(UInt16(index)))
                }
            },
            area.trace(
                12, "reply-first-numbering",
                "A conversation whose first datagram is the server's between two ordinary ones: numbered by "
                    + "first datagram, and its server is Address A of the conversation table.",
                tags: ["numbering", "nodes"], invocations: udpStandard([0, 1, 2])
            ) { trace in
                let first = UDPExchange(trace)
                let second = UDPExchange(trace, client: ("10.0.0.1", 53001))
                let third = UDPExchange(trace, client: ("10.0.0.1", 53002))
                first.send(.client, dnsQuery(1))
                second.send(.server, dnsAnswer(2))
                second.send(.client, dnsQuery(3))
                third.send(.client, dnsQuery(4))
                first.send(.server, dnsAnswer(1))
                third.send(.server, dnsAnswer(4))
            },
            area.trace(
                13, "ipv4-fragments",
                "A 100-byte datagram in three IPv4 fragments: reassembled in the last one's frame; with -o "
                    + "ip.defragment:FALSE the first fragment's 40 bytes are followed (udp.length 108).",
                tags: ["numbering", "fragments", "ipv4"],
                invocations: udpStandard([0])
                    + udpStandard([0], before: ["-o", "ip.defragment:FALSE"], prefix: "nodefrag-")
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 5000))
                let payload = (0..<100).map { UInt8(0x41 + $0 % 26) }
                for fragment in exchange.datagram(.client, payload).fragments(size: 48) { trace.append(ip: fragment) }
                exchange.send(.server, "got it")
            },
            area.trace(
                14, "ipv4-fragments-reversed",
                "The fragments last first, the answer between them: the datagram comes in the frame of the first "
                    + "fragment, after the answer, whose sender is Node 0; also without defragmenting.",
                tags: ["numbering", "fragments", "ipv4", "reorder"],
                invocations: udpStandard([0])
                    + udpStandard([0], before: ["-o", "ip.defragment:FALSE"], prefix: "nodefrag-")
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 5000))
                let payload = (0..<100).map { UInt8(0x61 + $0 % 26) }
                let fragments = exchange.datagram(.client, payload).fragments(size: 48)
                trace.append(ip: fragments[2])
                trace.append(ip: fragments[1])
                exchange.send(.server, "early answer")
                trace.append(ip: fragments[0])
                exchange.send(.client, "after")
            },
            area.trace(
                15, "ipv6-fragments",
                "A 100-byte datagram in three IPv6 fragments: as for IPv4, reassembled in the last frame, or 40 "
                    + "bytes with -o ipv6.defragment:FALSE.",
                tags: ["numbering", "fragments", "ipv6"],
                invocations: udpStandard([0])
                    + udpStandard([0], before: ["-o", "ipv6.defragment:FALSE"], prefix: "nodefrag-")
            ) { trace in
                let exchange = UDPExchange(trace, client: v6.client, server: ("2001:db8::2", 5000))
                let datagram = exchange.udp(.client, (0..<100).map { UInt8(0x30 + $0 % 10) })
                for offset in stride(from: 0, to: datagram.count, by: 48) {
                    let more = offset + 48 < datagram.count
                    trace.append(
                        ip: IPv6Packet(
                            source: IPAddressText.bytes(v6.client.0), destination: IPAddressText.bytes("2001:db8::2"),
                            nextHeader: 17,
                            extensions: [.fragment(offset: offset, more: more, identification: 0x1234)],
                            payload: Array(datagram[offset..<min(datagram.count, offset + 48)])
                        ).emit())
                }
                exchange.send(.server, "got it")
            },
            area.trace(
                16, "icmp-error-quoting-payload",
                "An ICMP port unreachable quoting a whole client datagram: the quoted UDP has the conversation's "
                    + "udp.stream but is neither followed nor counted by -z conv,udp.",
                tags: ["numbering", "icmp", "ipv4"], invocations: udpStandard([0, 1])
            ) { trace in
                let exchange = UDPExchange(trace)
                exchange.send(.client, "first query")
                let offending = exchange.packet(.client, bytes("second query"))
                trace.append(ip: offending)
                trace.append(
                    ip: icmpQuote(of: offending, from: "10.0.0.2", to: "10.0.0.1", tcpBytes: offending.count - 20))
                exchange.send(.server, "late answer")
            },
            area.trace(
                17, "icmp-error-quoting-header",
                "ICMP errors quoting only the UDP header: a 4-tuple first seen inside an error gets a new stream "
                    + "number, which its later datagram joins; quoted datagrams are never followed.",
                tags: ["numbering", "icmp", "ipv4"], invocations: udpStandard([0, 1, 2])
            ) { trace in
                let exchange = UDPExchange(trace)
                let unseen = UDPExchange(trace, client: ("10.0.0.1", 53099))
                let offending = exchange.packet(.client, bytes("query"))
                trace.append(ip: offending)
                trace.append(ip: icmpQuote(of: offending, from: "10.0.0.2", to: "10.0.0.1", tcpBytes: 8))
                trace.append(
                    ip: icmpQuote(
                        of: unseen.packet(.client, bytes("never sent")), from: "10.0.0.2", to: "10.0.0.1", tcpBytes: 8))
                unseen.send(.client, "now sent")
            },
            area.trace(
                18, "icmpv6-error",
                "ICMPv6 port unreachables: a quoted datagram is numbered (an unseen 4-tuple gets stream 1) but not "
                    + "followed, so stream 1 prints the empty block.",
                tags: ["numbering", "icmp", "ipv6"], invocations: udpStandard([0, 1])
            ) { trace in
                let exchange = UDPExchange(trace, client: v6.client, server: v6.server)
                let unseen = UDPExchange(trace, client: ("2001:db8::1", 53099), server: v6.server)
                exchange.send(.client, "first query")
                let offending = exchange.packet(.client, bytes("second query"))
                trace.append(ip: offending)
                trace.append(ip: icmpV6Quote(of: offending, bytes: offending.count))
                trace.append(ip: icmpV6Quote(of: unseen.packet(.client, bytes("never sent")), bytes: 48))
                exchange.send(.server, "late answer")
            },
            area.trace(
                19, "gre",
                "UDP inside GRE both ways, then the same inner 4-tuple without the tunnel: one stream 0 for all four.",
                tags: ["numbering", "tunnel", "gre"], invocations: udpStandard([0, 1])
            ) { trace in
                let tunnelled = UDPExchange(trace) { side, inner in Tunnel.gre(inner, forward: side == .client) }
                dnsExchange(tunnelled, id: 1)
                dnsExchange(UDPExchange(trace), id: 2)
            },
            area.trace(
                20, "ip-in-ip",
                "UDP inside IPv4-in-IPv4 both ways, then the same 4-tuple without the tunnel: one stream 0 for all four.",
                tags: ["numbering", "tunnel", "ipip"], invocations: udpStandard([0, 1])
            ) { trace in
                let tunnelled = UDPExchange(trace) { side, inner in Tunnel.ipInIP(inner, forward: side == .client) }
                dnsExchange(tunnelled, id: 1)
                dnsExchange(UDPExchange(trace), id: 2)
            },
            area.trace(
                21, "vxlan-inner-udp",
                "UDP inside VXLAN (outer 50000 -> 4789, back 50001 -> 4789): outer streams 0 and 2, inner 1; each "
                    + "matching frame gives two records (outer, inner payload), nodes named by the inner endpoints.",
                tags: ["numbering", "tunnel", "vxlan"], invocations: udpStandard([0, 1, 2])
            ) { trace in
                let tunnelled = UDPExchange(trace) { side, inner in
                    Tunnel.vxlan(LinkLayer.ethernet.frame(inner), forward: side == .client)
                }
                dnsExchange(tunnelled, id: 1)
                tunnelled.send(.client, "more")
            },
            area.trace(
                22, "vxlan-inner-tcp",
                "TCP inside VXLAN: the outer UDP streams print whole inner frames, Node 0 and 1 named by the inner "
                    + "TCP endpoints.",
                tags: ["numbering", "tunnel", "vxlan", "tcp"],
                invocations: udpStandard([0, 1]) + [Invocations.z("follow,tcp,ascii,0", name: "follow-tcp-ascii-0")]
            ) { trace in
                let scratch = Trace()
                Scenarios.hello(Flow(scratch), "inner hello", "inner world")
                let client = IPAddressText.bytes("10.0.0.1")
                for record in scratch.records {
                    trace.append(ip: Tunnel.vxlan(record.data, forward: Array(record.data[26..<30]) == client))
                }
            },
            area.trace(
                23, "gtpu-inner-udp",
                "UDP inside GTP-U (2152 both ways): outer stream 0 and inner stream 1 print the same two records per "
                    + "frame, nodes named by the inner datagram.",
                tags: ["numbering", "tunnel", "gtp"], invocations: udpStandard([0, 1])
            ) { trace in
                let tunnelled = UDPExchange(trace) { side, inner in Tunnel.gtpU(inner, forward: side == .client) }
                dnsExchange(tunnelled, id: 1)
                tunnelled.send(.client, "more")
            },
        ]
    }

    /// Cases 24-30: UDP lengths that disagree with the IP payload, checksums, port 0 and the snapshot length.
    private static func udpLengthCases() -> [CaseSpec] {
        let area = AreaBuilder(area: "udp", file: "UDPCases.swift")
        return [
            area.trace(
                24, "length-short-of-ip-payload",
                "UDP length 12 on 10 payload bytes, then 8 on 5: follow keeps what the length covers (4 bytes, then "
                    + "no record); udp.payload shows every byte.",
                tags: ["length", "malformed"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 7000))
                exchange.send(.client, "abcdefghij", .init(udpLength: 12))
                exchange.send(.server, "reply")
                exchange.send(.client, "12345", .init(udpLength: 8))
                exchange.send(.server, "end")
            },
            area.trace(
                25, "length-past-ip-payload",
                "UDP length 20 bytes past the IP payload: numbered, and the bytes present are followed.",
                tags: ["length", "malformed"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 7000))
                exchange.send(.client, "before")
                exchange.send(.client, "too long", .init(udpLength: 36))
                exchange.send(.server, "after")
            },
            area.trace(
                26, "length-below-8",
                "UDP lengths 7, 4 and 0 over IPv4: no udp.stream, no checksum field, not followed, not in -z conv,udp.",
                tags: ["length", "malformed"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 7000))
                exchange.send(.client, "ok-1")
                exchange.send(.client, "seven", .init(udpLength: 7))
                exchange.send(.server, "four", .init(udpLength: 4))
                exchange.send(.client, "zero", .init(udpLength: 0))
                exchange.send(.server, "ok-2")
            },
            area.trace(
                27, "ipv6-length-zero",
                "UDP length 0 over IPv6 (RFC 2675 rule): the IPv6 payload length counts and the datagram is "
                    + "followed; udp.length prints 0.",
                tags: ["length", "ipv6", "jumbogram"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, client: ("2001:db8::1", 53000), server: ("2001:db8::2", 7000))
                exchange.send(.client, "zero length", .init(udpLength: 0))
                exchange.send(.server, "normal")
                exchange.send(.server, "zero again", .init(udpLength: 0))
            },
            area.trace(
                28, "checksums",
                "Checksum 0 (none) both ways, then a wrong checksum: numbering, following and fields ignore both.",
                tags: ["checksum"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 7000))
                exchange.send(.client, "no checksum", .init(udpChecksum: 0))
                exchange.send(.server, "none either", .init(udpChecksum: 0))
                exchange.send(.client, "bad checksum", .init(udpChecksum: 0x1234))
            },
            area.trace(
                29, "port-zero",
                "A stream begun from port 0 takes the next sender as Node 0 and prints every record as Node 0; "
                    + "destination port 0 is ordinary; an address filter with port 0 is refused.",
                tags: ["numbering", "ports"],
                invocations: udpStandard([0, 1])
                    + followUDP("10.0.0.1:0,10.0.0.2:53", label: "port-0-pair", modes: ["ascii"])
            ) { trace in
                let sourceZero = UDPExchange(trace, client: ("10.0.0.1", 0))
                let destinationZero = UDPExchange(trace, server: ("10.0.0.2", 0))
                sourceZero.send(.client, "from port 0")
                destinationZero.send(.client, "to port 0")
                sourceZero.send(.server, "to port 0 back")
                destinationZero.send(.server, "from port 0 back")
            },
            area.trace(
                30, "snaplen-cut",
                "Frames cut by the snapshot length inside the UDP header (no udp.stream, not followed) and inside "
                    + "the payload (the 3 captured bytes are followed).",
                tags: ["snaplen", "truncated"], invocations: udpStandard([0])
            ) { trace in
                let exchange = UDPExchange(trace, server: ("10.0.0.2", 7000))
                exchange.send(.client, "whole one")
                exchange.send(.client, "header cut", .init(caplen: 14 + 20 + 4))
                exchange.send(.server, "payload cut!", .init(caplen: 14 + 20 + 8 + 3))
                exchange.send(.server, "whole two")
            },
        ]
    }

    /// Cases 31-38: the UDP fields, `-Y`, `-z conv,udp`, a stream past the last one and argument errors.
    private static func udpTableAndErrorCases() -> [CaseSpec] {
        let area = AreaBuilder(area: "udp", file: "UDPCases.swift")
        let dnsCapture: [UInt8] = {
            let trace = Trace()
            dnsExchange(UDPExchange(trace), id: 0x1234)
            return CaptureFormat.pcap().encode(trace)
        }()
        let errors: [(String, String, String)] = [
            ("bad-mode", "follow,udp,foo,0", "An unknown mode: Invalid display mode."),
            (
                "bad-address", "follow,udp,ascii,10.0.0.1:53000,10.0.0.300:53",
                "An octet above 255: Can't get IPv4 address."
            ),
            ("address-one-item", "follow,udp,ascii,10.0.0.1:53000", "Only one ADDR:PORT item: Invalid address."),
            ("range-reversed", "follow,udp,ascii,0,3-2", "RANGE 3-2: Invalid range value."),
            (
                "protocol-prefix", "follow,udpx,ascii,0",
                "follow,udpx reaches the udp handler by prefix and fails on the mode."
            ),
        ]
        let errorCases = errors.enumerated().map { index, row in
            area.file(
                34 + index, row.0, row.2, tags: ["cli", "error"], captureName: "capture.pcap", bytes: dnsCapture,
                invocations: [Invocations.z(row.1, name: "error")])
        }
        return [
            area.trace(
                31, "fields-and-port-filter",
                "DNS, NTP and syslog: the UDP fields, the same under -Y 'udp.port == 53' (streams still numbered "
                    + "over all frames), a follow under that -Y, and -z conv,udp with and without a filter.",
                tags: ["fields", "conv", "display-filter"],
                invocations: [
                    fieldLines("fields", udpFieldNames, before: ["-n"]),
                    fieldLines("fields-port-53", udpFieldNames, before: ["-n", "-Y", "udp.port == 53"]),
                    Invocations.custom(
                        "follow-ascii-1-port-53",
                        ["-r", "{capture}", "-Y", "udp.port == 53", "-qz", "follow,udp,ascii,1"]),
                    Invocations.z("conv,udp", name: "conv"),
                    Invocations.z("conv,udp,udp.port==53", name: "conv-port-53"),
                ]
            ) { trace in
                let ntp = UDPExchange(trace, client: ("10.0.0.1", 123), server: ("10.0.0.3", 123))
                let dns = UDPExchange(trace)
                let syslog = UDPExchange(trace, client: ("10.0.0.4", 40514), server: ("10.0.0.5", 514))
                ntp.send(.client, [0x23] + [UInt8](repeating: 0, count: 47))
                dns.send(.client, dnsQuery(9))
                syslog.send(.client, "<13>Nov 14 22:13:20 host app: hello")
                ntp.send(.server, [0x24] + [UInt8](repeating: 0, count: 47))
                dns.send(.server, dnsAnswer(9))
            },
            area.trace(
                32, "conv-mixed-families",
                "-z conv,udp over IPv4 and IPv6 conversations: the larger one is listed first, and the reply-first "
                    + "one has its server as Address A.",
                tags: ["conv", "ipv6"], invocations: udpStandard([])
            ) { trace in
                let small = UDPExchange(trace, client: ("10.0.0.9", 1000), server: ("10.0.0.2", 7000))
                let large = UDPExchange(trace, client: ("2001:db8::1", 1001), server: ("2001:db8::2", 7000))
                small.send(.server, "x")
                for index in 0..<4 {
                    large.send(index % 2 == 0 ? .client : .server, [UInt8](repeating: 0x42, count: 300))
                }
                small.send(.client, "y")
            },
            area.file(
                33, "index-past-last", "Stream 5 of a capture with one UDP stream: no error, the empty block.",
                tags: ["follow", "empty"], captureName: "capture.pcap", bytes: dnsCapture,
                invocations: followUDP("5", label: "5", modes: ["ascii", "yaml"])),
        ] + errorCases + [udpLiteCase(area)]
    }

    /// Case 39: UDP-Lite, which tshark's UDP dissector also reads.
    private static func udpLiteCase(_ area: AreaBuilder) -> CaseSpec {
        area.trace(
            39, "udp-lite",
            "UDP-Lite (IP protocol 136) and UDP on the same ports: one udp.stream; UDP-Lite's length is the IP "
                + "payload's, and coverages of 0, 8 and past the end (not checked by default) are all followed.",
            tags: ["udp-lite", "length"],
            invocations: udpStandard([0])
                + [fieldLines("protocols", ["udp", "udplite", "udp.checksum_coverage", "ip.proto"])]
        ) { trace in
            let lite = UDPExchange(trace, server: ("10.0.0.2", 7000))
            lite.protocolNumber = 136
            let plain = UDPExchange(trace, server: ("10.0.0.2", 7000))
            lite.send(.client, "lite, coverage 0", .init(udpLength: 0))
            plain.send(.server, "plain UDP reply")
            lite.send(.server, "lite, header only", .init(udpLength: 8))
            lite.send(.client, "lite, coverage past the end", .init(udpLength: 200))
        }
    }

    /// An ICMPv6 port unreachable from 2001:db8::2 to 2001:db8::1 quoting the first `count` bytes of `packet`.
    private static func icmpV6Quote(of packet: [UInt8], bytes count: Int) -> [UInt8] {
        let source = IPAddressText.bytes("2001:db8::2")
        let destination = IPAddressText.bytes("2001:db8::1")
        return IPv6Packet(
            source: source, destination: destination, nextHeader: 58,
            payload: ICMPError.unreachableV6(
                quoting: Array(packet.prefix(count)), source: source, destination: destination)
        ).emit()
    }
}
