extension Catalog {
    /// tcp.stream numbering: first-seen order, port reuse (libnids 2g), SYN rules, IPv4/IPv6 keys, header threshold.
    static func streamIndex() -> [CaseSpec] {
        let area = AreaBuilder(area: "tcp-stream-index", file: "StreamIndexCases.swift")
        let s0s1 = [0, 1]
        return [
            area.trace(
                1, "first-seen-order",
                "SYN-only, midstream, RST-only and IPv6 pure-ACK flows, with UDP/ARP/ICMP between: indexes by first frame.",
                tags: ["numbering"], streams: [0, 1, 2, 3]
            ) { trace in
                let a = Flow(trace, client: ("10.0.0.1", 1001))
                let b = Flow(trace, client: ("10.0.0.1", 1002), clientISN: 7001, serverISN: 9001)
                let c = Flow(trace, client: ("10.0.0.1", 1003))
                let d = Flow(trace, client: ("2001:db8::1", 40000), server: ("2001:db8::2", 80))
                a.syn()
                b.send(.server, "B-mid-connection")
                trace.append(
                    ip: IPv4Packet(
                        source: IPAddressText.bytes("10.0.0.9"), destination: IPAddressText.bytes("10.0.0.8"),
                        protocolNumber: 17, payload: [0, 53, 0, 53, 0, 11, 0, 0] + bytes("udp")
                    ).emit())
                trace.append(
                    frame: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 1, 0x08, 0x06] + [
                        0, 1, 8, 0, 6, 4, 0, 1,
                    ] + [UInt8](repeating: 0, count: 20))
                c.raw(.client, "R", seq: 123, ack: 0)
                a.synAck()
                a.ack(.client)
                a.send(.client, "A-data")
                d.raw(.server, "A", seq: 1, ack: 1)
                b.send(.client, "B-client")
            },
            area.flow(
                2, "port-reuse-after-fin",
                "Closed with FIN, then a new SYN with another ISN on the same 4-tuple: a new stream.",
                tags: ["numbering", "reuse", "libnids-2g"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "first"); flow.close()
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second"); flow.close()
            },
            area.flow(
                3, "port-reuse-after-rst", "Reset, then a new SYN with another ISN on the same 4-tuple (libnids 2g).",
                tags: ["numbering", "reuse", "libnids-2g"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "first"); flow.rst(.server)
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second"); flow.close()
            },
            area.flow(
                4, "port-reuse-while-open",
                "A new SYN while the first connection is open; late old data lands in the new stream.",
                tags: ["numbering", "reuse"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "first")
                let saved = (flow.clientSeq, flow.serverSeq)
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second")
                (flow.clientSeq, flow.serverSeq) = saved
                flow.send(.client, "first-again")
            },
            area.flow(
                5, "syn-retransmit-same-isn", "A SYN with the original ISN after the close stays in the same stream.",
                tags: ["numbering"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "first"); flow.close()
                flow.raw(.client, "S", seq: 1000, ack: 0)
            },
            area.trace(
                6, "reverse-syn-after-close",
                "After the close, the former server opens a connection to the former client.",
                tags: ["numbering", "reuse"], streams: s0s1
            ) { trace in
                let flow = Flow(trace)
                flow.handshake(); flow.send(.client, "first"); flow.close()
                let reverse = Flow(
                    trace, client: ("10.0.0.2", 80), server: ("10.0.0.1", 40000), clientISN: 70000, serverISN: 80000)
                reverse.handshake(); reverse.send(.client, "reverse")
            },
            area.flow(
                7, "synack-new-isn", "A SYN/ACK with a new ISN mid-connection re-bases but never opens a stream.",
                tags: ["numbering"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "first")
                flow.raw(.server, "SA", seq: 90000, ack: flow.clientSeq)
                flow.send(.client, "after-synack")
            },
            area.flow(
                8, "midstream-then-syn", "Client data without a SYN, then a SYN on the same 4-tuple: a new stream.",
                tags: ["numbering", "midstream"], streams: s0s1
            ) { flow in
                flow.advance(.client, by: 1); flow.advance(.server, by: 1)
                flow.send(.client, "old-client-data")
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "new")
            },
            area.flow(
                9, "server-data-then-syn",
                "Only the server had sent (with ACK) when the client SYN comes: a new stream.",
                tags: ["numbering", "midstream"], streams: s0s1
            ) { flow in
                flow.advance(.client, by: 1); flow.advance(.server, by: 1)
                flow.send(.server, "old-server-data")
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "new")
            },
            area.flow(
                10, "server-data-no-ack-then-syn",
                "The server's earlier data had no ACK flag: the client base is unknown, the SYN joins the stream.",
                tags: ["numbering", "midstream"], streams: s0s1
            ) { flow in
                flow.advance(.server, by: 1)
                flow.send(.server, "old-server-data", flags: "P")
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "new")
            },
            area.flow(
                11, "syn-equal-inferred-base", "Data at 2001, then SYN 2000 (same stream), then SYN 2100 (new stream).",
                tags: ["numbering"], streams: [0, 1, 2]
            ) { flow in
                flow.raw(.client, "PA", seq: 2001, ack: 5001, bytes("data"))
                flow.raw(.client, "S", seq: 2000, ack: 0)
                flow.raw(.client, "S", seq: 2100, ack: 0)
                flow.raw(.server, "SA", seq: 9000, ack: 2101)
                flow.raw(.client, "PA", seq: 2101, ack: 9001, bytes("new"))
            },
            area.trace(
                12, "ipv4-and-ipv6-same-ports",
                "The same ports over IPv4 and IPv6 are different streams; a reverse SYN opens a third.",
                tags: ["numbering", "ipv6"], streams: [0, 1, 2]
            ) { trace in
                let v4 = Flow(trace)
                let v6 = Flow(trace, client: ("2001:db8::1", 40000), server: ("2001:db8::2", 80))
                v4.handshake(); v6.handshake()
                v4.send(.client, "over v4"); v6.send(.client, "over v6")
                let reverse = Flow(trace, client: ("2001:db8::2", 80), server: ("2001:db8::1", 40000), clientISN: 333)
                reverse.syn()
                reverse.send(.client, "reverse v6")
            },
            area.trace(
                13, "interleaved-streams",
                "Three connections whose frames interleave; each index keeps its own records.",
                tags: ["numbering", "interleave"], streams: [0, 1, 2]
            ) { trace in
                let flows: [Flow] = [41000, 41001, 41002].map { (port: UInt16) -> Flow in
                    Flow(trace, client: ("10.0.0.1", port), clientISN: UInt32(port) * 10)
                }
                for flow in flows { flow.syn() }
                for flow in flows.reversed() { flow.synAck() }
                for (index, flow) in flows.enumerated() { flow.ack(.client); flow.send(.client, "stream \(index) a") }
                for (index, flow) in flows.enumerated().reversed() {
                    flow.send(.server, "reply \(index)"); flow.send(.client, "stream \(index) b")
                }
            },
            area.trace(
                14, "one-day-silence", "A one-day gap without a SYN does not split the stream.",
                tags: ["numbering", "time"], streams: s0s1
            ) { trace in
                let flow = Flow(trace)
                flow.handshake(); flow.send(.client, "before-gap")
                trace.clock += 86_400 * 1_000_000_000
                flow.send(.client, "after-gap")
            },
            area.trace(
                15, "self-connection", "10.0.0.1:5555 talks to itself: every frame is Node 0.",
                tags: ["numbering", "degenerate"]
            ) { trace in
                let flow = Flow(
                    trace, client: ("10.0.0.1", 5555), server: ("10.0.0.1", 5555), clientISN: 1000, serverISN: 2000)
                flow.syn(); flow.synAck(); flow.ack(.client)
                flow.send(.client, "to myself"); flow.send(.server, "from myself")
            },
            area.trace(
                16, "tcp-header-cut-threshold",
                "TCP headers cut to 12..19 bytes: 16+ bytes get an index, only full headers reach follow.",
                tags: ["numbering", "snaplen"], streams: [0, 1, 2, 3, 4, 5, 6, 7]
            ) { trace in
                for cut in 12...19 {
                    let flow = Flow(trace, client: ("10.0.0.1", UInt16(42000 + cut)))
                    flow.send(.client, "cut at \(cut)", Flow.Options(caplen: 14 + 20 + cut))
                    flow.send(.client, "whole")
                }
            },
            area.trace(
                17, "many-streams",
                "300 short connections (resource limits, scaled down): first, middle and last index.",
                tags: ["numbering", "resource"], streams: [0, 150, 299]
            ) { trace in
                Scenarios.manyFlows(trace, count: 300)
            },
            area.flow(
                18, "syn-in-established",
                "A SYN with another ISN inside an established connection (libnids 2e) starts a new index.",
                tags: ["numbering", "libnids-2e"], streams: s0s1
            ) { flow in
                flow.handshake(); flow.send(.client, "before"); flow.send(.server, "answer")
                flow.raw(.client, "S", seq: 424_242, ack: 0)
                flow.send(.client, "after-syn"); flow.send(.server, "still here")
            },
        ]
    }
}
