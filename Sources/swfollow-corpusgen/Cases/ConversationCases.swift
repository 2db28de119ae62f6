import ConformanceKit

extension Catalog {
    /// `-z conv,tcp`: tshark's TCP conversation table, alone and mixed with follow blocks (the
    /// last `-z` prints first), with the frames it counts and the ones it does not.
    static func conversations() -> [CaseSpec] {
        let area = AreaBuilder(area: "conversations", file: "ConversationCases.swift")
        let conv = Invocations.z("conv,tcp", name: "conv")
        return [
            area.flow(
                1, "port-reuse",
                "A 4-tuple reused after a FIN with a new ISN: one row per tcp.stream; mixed with follow blocks.",
                tags: ["conversations", "reuse"],
                invocations: [
                    conv,
                    Invocations.custom(
                        "follow-ascii-0-then-conv",
                        ["-r", "{capture}", "-q", "-z", "follow,tcp,ascii,0", "-z", "conv,tcp"]),
                    Invocations.custom(
                        "conv-then-follow-hex-1", ["-r", "{capture}", "-q", "-z", "conv,tcp", "-z", "follow,tcp,hex,1"]),
                    Invocations.custom("conv-twice", ["-r", "{capture}", "-q", "-z", "conv,tcp", "-z", "conv,tcp"]),
                ]
            ) { flow in
                flow.handshake(); flow.send(.client, "first"); flow.send(.server, "reply"); flow.close()
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second"); flow.close()
            },
            area.trace(
                2, "endpoints-and-directions",
                "Long IPv6 endpoints widen the line; the first counted frame's sender is on the left (a server here); "
                    + "TCP quoted in ICMP is not counted; a connection to itself is all '->'.",
                tags: ["conversations", "ipv6", "icmp"], invocations: [conv]
            ) { trace in
                let v6 = Flow(
                    trace, client: ("2001:db8:1234:5678:9abc:def0:1234:5678", 49152),
                    server: ("2001:db8:ffff:eeee:dddd:cccc:bbbb:aaaa", 443))
                let serverFirst = Flow(trace, client: ("10.0.0.1", 40001))
                let quotedOnly = Flow(trace, client: ("10.0.0.3", 41000), server: ("10.0.0.4", 443))
                let selfConnected = Flow(trace, client: ("10.0.0.5", 5555), server: ("10.0.0.5", 5555))
                serverFirst.send(.server, "server speaks first")
                v6.handshake(); v6.send(.client, "hello over IPv6"); v6.send(.server, "hi")
                let quoted = quotedOnly.packet(.client, "S", seq: 1, ack: 0)
                trace.append(ip: icmpQuote(of: quoted, from: "10.0.0.4", to: "10.0.0.3", tcpBytes: 20))
                serverFirst.send(.client, "client answers")
                selfConnected.syn(); selfConnected.send(.client, "self")
            },
            area.trace(
                3, "byte-units",
                "Streams of 9999 bytes, 10000 bytes, 9999999 bytes and 10 MB on the wire (payloads cut to the "
                    + "headers by the snap length): the bytes columns switch to kB and MB at 10 of them.",
                tags: ["conversations", "units"], invocations: [conv]
            ) { trace in
                let cut = Flow.Options(caplen: 54)
                for (index, total) in [9999, 10000, 9_999_999, 10_000_000].enumerated() {
                    let flow = Flow(trace, client: ("10.0.0.1", UInt16(42000 + index)))
                    var left = total
                    while left > 0 {
                        let frame = min(left, 60054)
                        flow.send(.client, [UInt8](repeating: 0x61, count: frame - 54), cut)
                        left -= frame
                    }
                }
            },
            area.trace(
                4, "counted-frames-and-times",
                "A frame whose TCP header is cut opens a stream but is not counted; frames before the first one give "
                    + "negative starts; -Y and an empty filter change nothing; -c stops counting.",
                tags: ["conversations", "snaplen", "time"],
                invocations: [
                    conv,
                    Invocations.z("conv,tcp,", name: "conv-empty-filter"),
                    Invocations.z("conv,tcpx", name: "conv-prefix-only"),
                    Invocations.custom(
                        "conv-display-filter", ["-r", "{capture}", "-q", "-Y", "frame.number==1", "-z", "conv,tcp"]),
                    Invocations.custom("conv-count-3", ["-r", "{capture}", "-q", "-c", "3", "-z", "conv,tcp"]),
                ]
            ) { trace in
                let early = Flow(trace, client: ("10.0.0.1", 40010))
                let cutFirst = Flow(trace, client: ("10.0.0.1", 40011))
                let base = trace.clock
                early.syn()
                trace.clock = base - 2_250_000_000
                early.synAck()
                cutFirst.syn([], Flow.Options(caplen: 40))
                trace.clock = base + 1_500_000_000
                cutFirst.synAck()
                early.ack(.client)
                cutFirst.ack(.client)
            },
            area.flow(
                6, "ip-fragments",
                "Fragmented segments: a reassembled one counts once (the completing frame); a first fragment cut "
                    + "by the snap length, or any first fragment with ip.defragment off, counts though follow skips it.",
                tags: ["conversations", "fragments"],
                invocations: [
                    conv,
                    Invocations.custom(
                        "conv-no-defragment", ["-r", "{capture}", "-q", "-o", "ip.defragment:FALSE", "-z", "conv,tcp"]),
                ]
            ) { flow in
                flow.handshake()
                for (index, caplen) in [nil, 14 + 20 + 24].enumerated() {
                    let payload = [UInt8](repeating: 0x61 + UInt8(index), count: 120)
                    var datagram = flow.datagram(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, payload)
                    datagram.identification = UInt16(0x6000 + index)
                    let pieces = datagram.fragments([(0, 72, true), (72, 68, false)])
                    flow.advance(.client, by: payload.count)
                    flow.trace.append(ip: pieces[0], caplen: caplen)
                    flow.trace.append(ip: pieces[1])
                }
                flow.ack(.server)
            },
            area.trace(
                5, "no-tcp", "Only UDP: the table has its headers and no row.",
                tags: ["conversations", "empty"], invocations: [conv]
            ) { trace in
                trace.append(
                    ip: IPv4Packet(
                        source: IPAddressText.bytes("10.0.0.9"), destination: IPAddressText.bytes("10.0.0.8"),
                        protocolNumber: 17, payload: [0, 53, 0, 53, 0, 11, 0, 0] + bytes("udp")
                    ).emit())
            },
        ]
    }
}
