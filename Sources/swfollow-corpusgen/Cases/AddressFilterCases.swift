extension Catalog {
    /// The `ADDR:PORT,ADDR:PORT` filter form: Filter line, Node choice, IPv6 spellings, reuse across streams.
    static func addressFilter() -> [CaseSpec] {
        let area = AreaBuilder(area: "address-filter", file: "AddressFilterCases.swift")
        let forward = "10.0.0.1:40000,10.0.0.2:80"
        let v6 = (client: ("2001:db8::1", UInt16(40000)), server: ("2001:db8::2", UInt16(80)))
        return [
            area.flow(
                1, "forward-pair", "Client item first.", tags: ["address"],
                invocations: Invocations.follow(filter: forward, label: "fwd"), Scenarios.basic),
            area.flow(
                2, "reverse-pair", "Server item first: only the Filter line changes.", tags: ["address"],
                invocations: Invocations.follow(filter: "10.0.0.2:80,10.0.0.1:40000", label: "rev"), Scenarios.basic),
            area.trace(
                3, "ipv6-pair", "IPv6 items in brackets.", tags: ["address", "ipv6"],
                invocations: Invocations.follow(filter: "[2001:db8::1]:40000,[2001:db8::2]:80", label: "v6")
            ) { trace in
                Scenarios.basic(Flow(trace, client: v6.client, server: v6.server))
            },
            area.trace(
                4, "ipv6-long-form",
                "IPv6 items written uncompressed and in upper case: the Filter line shows the compressed form.",
                tags: ["address", "ipv6"],
                invocations: Invocations.follow(
                    filter: "[2001:0DB8:0000:0000:0000:0000:0000:0001]:40000,[2001:db8:0:0::2]:80", label: "v6-long")
            ) { trace in
                Scenarios.hello(Flow(trace, client: v6.client, server: v6.server))
            },
            area.trace(
                5, "ipv4-mapped-ipv6", "Endpoints ::ffff:10.0.0.1 and ::ffff:10.0.0.2 (IPv4-mapped IPv6).",
                tags: ["address", "ipv6"],
                invocations: Invocations.follow(filter: "[::ffff:10.0.0.1]:40000,[::ffff:10.0.0.2]:80", label: "mapped")
                    + Invocations.follow()
            ) { trace in
                Scenarios.hello(Flow(trace, client: ("::ffff:10.0.0.1", 40000), server: ("::ffff:10.0.0.2", 80)))
            },
            area.flow(
                6, "no-match", "A pair that matches no frame: Node lines :0.", tags: ["address", "empty"],
                invocations: Invocations.follow(filter: "10.0.0.1:40001,10.0.0.2:80", label: "none"), Scenarios.basic),
            area.flow(
                7, "reused-tuple-mixes-streams",
                "The pair matches two connections on one 4-tuple: their states mix (R4.16).",
                tags: ["address", "reuse"], streams: [0, 1], extra: Invocations.follow(filter: forward, label: "fwd")
            ) { flow in
                flow.handshake(); flow.send(.client, "first-connection"); flow.send(.server, "first-reply");
                flow.close()
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second-connection"); flow.send(.server, "second-reply");
                flow.close()
            },
            area.flow(
                8, "port-spellings", "Ports written ' 40000', '040000' and '+80' are accepted.", tags: ["address"],
                invocations: [
                    Invocations.z("follow,tcp,ascii,10.0.0.1: 40000,10.0.0.2:80", name: "follow-ascii-space"),
                    Invocations.z("follow,tcp,ascii,10.0.0.1:040000,10.0.0.2:+80", name: "follow-ascii-zero-plus"),
                ], Scenarios.basic),
            area.trace(
                9, "pair-with-range", "An address pair followed by RANGE 2-3.", tags: ["address", "range"],
                invocations: Invocations.follow(filter: forward + ",2-3", label: "fwd-range")
            ) { multiRecords(Flow($0)) },
            area.trace(
                10, "one-of-many", "A pair picks one connection out of twenty.", tags: ["address"],
                invocations: Invocations.follow(filter: "10.0.0.1:40013,10.0.0.2:80", label: "13")
            ) { trace in
                Scenarios.manyFlows(trace, count: 20)
            },
            area.flow(
                11, "synack-first-order-independent",
                "Capture starts with SYN/ACK: Node 0 is the server whichever item is first.",
                tags: ["address", "node0"],
                invocations: Invocations.follow(filter: forward, label: "fwd", modes: ["ascii", "raw"])
                    + Invocations.follow(filter: "10.0.0.2:80,10.0.0.1:40000", label: "rev", modes: ["ascii", "raw"])
            ) { flow in
                flow.advance(.client, by: 1)
                flow.synAck(); flow.ack(.client); flow.send(.client, "request"); flow.send(.server, "response")
            },
        ]
    }
}
