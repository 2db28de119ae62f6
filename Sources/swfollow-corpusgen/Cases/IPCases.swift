extension Catalog {
    /// IP layer: IPv6 extension headers and fragments, IPv4 options and fragments (libnids TESTS §1), ICMP quotes.
    static func ip() -> [CaseSpec] {
        let area = AreaBuilder(area: "ip", file: "IPCases.swift")
        let v6 = (client: ("2001:db8::1", UInt16(40000)), server: ("2001:db8::2", UInt16(80)))
        let letters = bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let payload120 = (0..<120).map { letters[$0 % 26] }
        let segmentPieces: [(offset: Int, length: Int, more: Bool)] = [(0, 48, true), (48, 48, true), (96, 44, false)]
        return [
            area.trace(1, "ipv6-basic", "IPv6 conversation with a clean close.", tags: ["ipv6"]) { trace in
                Scenarios.basic(Flow(trace, client: v6.client, server: v6.server))
            },
            area.trace(
                2, "ipv6-hop-by-hop", "Every IPv6 packet carries a hop-by-hop options header.",
                tags: ["ipv6", "extension-headers"]
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                let options = Flow.Options(ipv6Extensions: [.options(kind: 0)])
                flow.segment(.client, "S", [], options)
                flow.advance(.client, by: 1)
                flow.segment(.server, "SA", [], options)
                flow.advance(.server, by: 1)
                flow.send(.client, "through hop-by-hop", options)
                flow.send(.server, "answer", options)
            },
            area.trace(
                3, "ipv6-routing-and-destination-options",
                "IPv6 data behind a type-0 routing header (no segments left) and destination options.",
                tags: ["ipv6", "extension-headers"]
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                flow.handshake()
                let chain: [IPv6Packet.Extension] = [
                    .routing(via: IPAddressText.bytes("2001:db8::99")), .options(kind: 60),
                ]
                flow.send(.client, "routed request", Flow.Options(ipv6Extensions: chain))
                flow.send(.server, "plain answer")
            },
            area.trace(
                4, "ipv6-fragments", "A client segment split into two IPv6 fragments, followed by more data.",
                tags: ["ipv6", "fragments"]
            ) { trace in
                let flow = Flow(trace, client: v6.client, server: v6.server)
                flow.handshake()
                let whole = flow.packet(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload120)
                let segment = Array(whole.dropFirst(40))
                let source = IPAddressText.bytes(v6.client.0)
                let destination = IPAddressText.bytes(v6.server.0)
                for (offset, more) in [(0, true), (72, false)] {
                    let piece = Array(segment[offset..<min(segment.count, offset + 72)])
                    trace.append(
                        ip: IPv6Packet(
                            source: source, destination: destination,
                            extensions: [.fragment(offset: offset, more: more, identification: 0x1234)], payload: piece
                        ).emit())
                }
                flow.advance(.client, by: payload120.count)
                flow.send(.client, "after fragments")
                flow.ack(.server)
            },
            area.flow(
                5, "ipv4-record-route-option", "Every client packet carries an IPv4 record-route option.",
                tags: ["ipv4", "options"]
            ) { flow in
                let options = Flow.Options(ipOptions: [7, 7, 4, 0, 0, 0, 0])
                flow.segment(.client, "S", [], options)
                flow.advance(.client, by: 1)
                flow.synAck()
                flow.send(.client, "with options", options)
                flow.send(.server, "without")
            },
            area.flow(
                6, "ipv4-loose-source-route",
                "A data segment with an LSRR option (libnids drops source-routed packets; hosts may too).",
                tags: ["ipv4", "options", "libnids-3"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "routed", Flow.Options(ipOptions: [0x83, 7, 4, 10, 0, 0, 9, 1]))
                flow.send(.client, "direct")
                flow.ack(.server)
            },
            fragmentCase(
                area, 7, "ipv4-fragments-in-order", "One segment in three IPv4 fragments, in order.",
                tags: ["libnids-1a"], pieces: segmentPieces, order: [0, 1, 2], payload: payload120),
            fragmentCase(
                area, 8, "ipv4-fragments-reverse-order", "Three IPv4 fragments arriving last first.",
                tags: ["libnids-1a"], pieces: segmentPieces, order: [2, 1, 0], payload: payload120),
            fragmentCase(
                area, 9, "ipv4-fragments-middle-first", "Three IPv4 fragments arriving middle, last, first.",
                tags: ["libnids-1a"], pieces: segmentPieces, order: [1, 2, 0], payload: payload120),
            fragmentCase(
                area, 10, "ipv4-fragments-overlap-new-data",
                "The second fragment overlaps the first and carries different bytes there.",
                tags: ["libnids-1a", "overlap"], pieces: [(0, 48, true), (24, 72, true), (96, 44, false)],
                order: [0, 1, 2], payload: payload120,
                replacements: [1: [UInt8](repeating: UInt8(ascii: "x"), count: 72)]),
            fragmentCase(
                area, 11, "ipv4-fragments-overlap-reverse",
                "Overlapping fragments with different bytes, the overlapping one first.",
                tags: ["libnids-1a", "overlap"], pieces: [(0, 48, true), (24, 72, true), (96, 44, false)],
                order: [1, 0, 2], payload: payload120,
                replacements: [1: [UInt8](repeating: UInt8(ascii: "x"), count: 72)]),
            fragmentCase(
                area, 12, "ipv4-fragments-exact-duplicate", "The middle fragment is sent twice.",
                tags: ["libnids-1a", "duplicate"], pieces: segmentPieces + [(48, 48, true)], order: [0, 1, 3, 2],
                payload: payload120),
            fragmentCase(
                area, 13, "ipv4-fragments-tiny",
                "Eight-byte fragments: the TCP header itself is split over three fragments.",
                tags: ["libnids-1a", "tiny"], pieces: stride(from: 0, to: 60, by: 8).map { ($0, 8, $0 + 8 < 60) },
                order: Array(0..<8), payload: Array(payload120.prefix(40))),
            fragmentCase(
                area, 14, "ipv4-fragments-missing-piece",
                "The middle fragment never arrives: the segment is lost, later data is held back.",
                tags: ["fragments", "gap"], pieces: segmentPieces, order: [0, 2], payload: payload120),
            fragmentCase(
                area, 15, "ipv4-fragments-two-last", "Two fragments have more-fragments clear (libnids 1b).",
                tags: ["libnids-1b"], pieces: [(0, 48, true), (48, 48, false), (48, 48, true), (96, 44, false)],
                order: [0, 1, 2, 3], payload: payload120),
            area.flow(
                16, "ipv4-fragments-same-id-datagram-between",
                "F1, an unrelated whole datagram with the same IP id, then F2 (libnids 1d).",
                tags: ["libnids-1d", "fragments"]
            ) { flow in
                flow.handshake()
                var datagram = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload120)
                datagram.identification = 0x4242
                let pieces = datagram.fragments([(0, 72, true), (72, 68, false)])
                flow.advance(.client, by: payload120.count)
                flow.trace.append(ip: pieces[0])
                var unrelated = flow.datagram(
                    .server, "PA", seq: flow.serverSeq, ack: flow.clientSeq, bytes("same id, whole"))
                unrelated.identification = 0x4242
                flow.trace.append(ip: unrelated.emit())
                flow.advance(.server, by: 14)
                flow.trace.append(ip: pieces[1])
                flow.ack(.server)
            },
            area.trace(
                17, "ipv4-fragments-across-timeout",
                "Second fragment 31 s after the first (stream 0) and 29 s after (stream 1): libnids 1c.",
                tags: ["libnids-1c", "fragments"], streams: [0, 1]
            ) { trace in
                for (index, delay) in [UInt64(31), 29].enumerated() {
                    let flow = Flow(trace, client: ("10.0.0.1", UInt16(40000 + index)))
                    flow.handshake()
                    var datagram = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload120)
                    datagram.identification = UInt16(0x5000 + index)
                    let pieces = datagram.fragments([(0, 72, true), (72, 68, false)])
                    flow.advance(.client, by: payload120.count)
                    trace.append(ip: pieces[0])
                    trace.clock += delay * 1_000_000_000
                    trace.append(ip: pieces[1])
                    flow.send(.client, "after")
                    flow.ack(.server)
                }
            },
            area.flow(
                18, "ipv4-fragment-flood",
                "200 unrelated 8-byte fragments around the two halves of a real segment (libnids 1e, scaled down).",
                tags: ["libnids-1e", "fragments", "resource"]
            ) { flow in
                flow.handshake()
                var datagram = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload120)
                datagram.identification = 0x7777
                let pieces = datagram.fragments([(0, 72, true), (72, 68, false)])
                flow.advance(.client, by: payload120.count)
                let junkTemplate = IPv4Packet(
                    source: IPAddressText.bytes("10.0.0.1"), destination: IPAddressText.bytes("10.0.0.2"),
                    payload: [UInt8](repeating: 0x41, count: 8))
                func junk(_ range: Range<Int>) {
                    for index in range {
                        var fragment = junkTemplate
                        fragment.identification = UInt16(0x1000 + index)
                        fragment.fragmentOffset = 8 * (index % 50 + 1)
                        fragment.moreFragments = true
                        flow.trace.append(ip: fragment.emit())
                    }
                }
                junk(0..<100)
                flow.trace.append(ip: pieces[0])
                junk(100..<200)
                flow.trace.append(ip: pieces[1])
                flow.ack(.server)
            },
            area.trace(
                19, "icmp-quote-unknown-tuple",
                "An ICMP error quoting an unknown 4-tuple takes a stream index that shows no data.",
                tags: ["icmp", "numbering"], streams: [0, 1, 2]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                flow.send(.client, "data")
                trace.append(
                    ip: icmpQuote(
                        of: flow.packet(.client, "PA", seq: flow.clientSeq - 4, ack: flow.serverSeq, bytes("data")),
                        from: "10.0.0.2", to: "10.0.0.1", tcpBytes: 20))
                let stranger = Flow(trace, client: ("10.0.0.1", 41000), server: ("10.0.0.3", 443))
                trace.append(
                    ip: icmpQuote(
                        of: stranger.packet(.client, "S", seq: 1, ack: 0), from: "10.0.0.3", to: "10.0.0.1",
                        tcpBytes: 20))
                let next = Flow(trace, client: ("10.0.0.1", 40005))
                next.handshake()
                next.send(.client, "next")
            },
            area.trace(
                20, "icmp-quote-syn-new-isn",
                "An ICMP error quoting a SYN with a new ISN moves the live connection to a new index.",
                tags: ["icmp", "numbering"], streams: [0, 1]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                flow.send(.client, "data")
                flow.ack(.server)
                trace.append(
                    ip: icmpQuote(
                        of: flow.packet(.client, "S", seq: 777_777, ack: 0), from: "10.0.0.2", to: "10.0.0.1",
                        tcpBytes: 20))
                flow.send(.client, "more")
                flow.ack(.server)
            },
            area.trace(
                21, "icmp-quote-eight-bytes",
                "A classic ICMP quote with only 8 TCP bytes does not count for numbering.",
                tags: ["icmp", "numbering"], streams: [0, 1]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                flow.send(.client, "data")
                let stranger = Flow(trace, client: ("10.0.0.1", 41000), server: ("10.0.0.3", 443))
                trace.append(
                    ip: icmpQuote(
                        of: stranger.packet(.client, "S", seq: 1, ack: 0), from: "10.0.0.3", to: "10.0.0.1", tcpBytes: 8
                    ))
                let next = Flow(trace, client: ("10.0.0.1", 40005))
                next.handshake()
                next.send(.client, "next")
            },
            area.flow(
                22, "ipv4-bad-header-checksum",
                "A data segment whose IPv4 header checksum is wrong (libnids 2h, IP side).",
                tags: ["libnids-2h", "checksum"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "good1")
                flow.send(.client, "bad-ip-sum", Flow.Options(ipChecksum: 0xBEEF))
                flow.send(.client, "good2")
                flow.ack(.server)
            },
        ]
    }

    /// A handshake, then one 120-byte client segment sent as the given fragments, then more data.
    private static func fragmentCase(
        _ area: AreaBuilder, _ number: Int, _ slug: String, _ summary: String, tags: [String],
        pieces: [(offset: Int, length: Int, more: Bool)], order: [Int], payload: [UInt8],
        replacements: [Int: [UInt8]] = [:]
    ) -> CaseSpec {
        area.flow(number, slug, summary, tags: ["ipv4", "fragments"] + tags) { flow in
            flow.handshake()
            var datagram = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload)
            datagram.identification = UInt16(0x0100 + number)
            let fragments = datagram.fragments(pieces, data: replacements)
            for index in order { flow.trace.append(ip: fragments[index]) }
            flow.advance(.client, by: payload.count)
            flow.send(.client, "after-frag")
            flow.ack(.server)
        }
    }

    /// An ICMPv4 port-unreachable from `from` to `to`, quoting the IP header and `tcpBytes` bytes of `packet`.
    static func icmpQuote(of packet: [UInt8], from: String, to: String, tcpBytes: Int) -> [UInt8] {
        let quoted = Array(packet.prefix(20 + tcpBytes))
        return IPv4Packet(
            source: IPAddressText.bytes(from), destination: IPAddressText.bytes(to), protocolNumber: 1,
            payload: ICMPError.unreachable(quoting: quoted)
        ).emit()
    }
}
