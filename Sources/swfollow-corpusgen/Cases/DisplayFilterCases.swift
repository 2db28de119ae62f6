import ConformanceKit

extension Catalog {
    /// Display filters where tshark applies them: `-T fields` lines (with `-E` options) and the frames
    /// `-Y` selects for them, `-2 -R` dropping frames before follow, `-z conv,tcp,FILTER`, and the
    /// errors a bad filter or option gives (the last two in their own files).
    static func displayFilters() -> [CaseSpec] {
        let area = AreaBuilder(area: "display-filters", file: "DisplayFilterCases.swift")
        return fieldCases(area) + readFilterCases(area) + displayFilterSelections() + displayFilterErrors()
            + summaryCases()
    }

    /// `-T fields` with many fields and every `-E` option, IPv4 and IPv6 over QinQ, IP-in-IP.
    private static func fieldCases(_ area: AreaBuilder) -> [CaseSpec] {
        let ipv4Fields = [
            "frame.number", "frame.time_epoch", "frame.len", "frame.cap_len", "ip.src", "ip.dst", "ip.ttl", "ip.proto",
            "ip.len", "tcp.srcport", "tcp.dstport", "tcp.port", "tcp.stream", "tcp.seq", "tcp.ack", "tcp.seq_raw",
            "tcp.ack_raw", "tcp.flags", "tcp.flags.str", "tcp.len", "tcp.window_size_value",
        ]
        let v6Fields = [
            "frame.number", "vlan.id", "ipv6.src", "ipv6.dst", "ipv6.addr", "ipv6.hlim", "ipv6.nxt", "tcp.stream",
            "tcp.flags.str",
        ]
        return [
            area.flow(
                1, "fields-ipv4",
                "An HTTP-like exchange with an ECN SYN and an urgent segment: many fields, -E header/separator/quote, "
                    + "-Y choosing the lines while follow still sees every frame.",
                tags: ["display-filter", "fields"],
                invocations: [
                    fieldLines("fields-many", ipv4Fields),
                    fieldLines(
                        "fields-q-header-space-quote", ["frame.number", "ip.addr", "tcp.port", "tcp.payload"],
                        before: ["-q"], options: ["header=y", "separator=/s", "quote=d"]),
                    fieldLines(
                        "fields-y-data-then-follow-hex", ["frame.number", "tcp.len", "tcp.payload"],
                        after: ["-Y", "tcp.len > 0", "-z", "follow,tcp,hex,0"]),
                    Invocations.custom(
                        "follow-ascii-y-syn",
                        ["-r", "{capture}", "-q", "-Y", "tcp.flags.syn == 1", "-z", "follow,tcp,ascii,0"]),
                    fieldLines(
                        "fields-n-summaries", ["eth.src", "eth.dst", "eth.addr", "eth", "ip", "tcp"], before: ["-n"],
                        after: ["-Y", "tcp.flags.fin"]),
                ]
            ) { flow in
                flow.segment(.client, "SEC")
                flow.advance(.client, by: 1)
                flow.segment(.server, "SAE")
                flow.advance(.server, by: 1)
                flow.ack(.client)
                flow.send(.client, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                flow.send(.server, "urgent!", flags: "PAU", Flow.Options(urgentPointer: 7))
                flow.send(.server, bytes("HTTP/1.1 200 OK\r\n\r\n\"quoted\"\tend"))
                flow.close()
            },
            area.trace(
                2, "fields-ipv6-qinq",
                "IPv6 over 802.1ad + 802.1Q (tshark: the outer tag is ieee8021ad.id, only the inner one vlan.id) "
                    + "and over two 802.1Q tags (two vlan.id values), with each -E occurrence and aggregator setting.",
                tags: ["display-filter", "fields", "ipv6", "vlan"],
                invocations: [
                    fieldLines("fields-default", v6Fields),
                    fieldLines("fields-occurrence-first", v6Fields, options: ["occurrence=f"]),
                    fieldLines("fields-occurrence-last-quote-single", v6Fields, options: ["occurrence=l", "quote=s"]),
                    fieldLines(
                        "fields-aggregator-space-header-bom", v6Fields,
                        options: ["aggregator=/s", "header=y", "bom=y", "occurrence=a"]),
                    fieldLines(
                        "fields-aggregator-semicolon-y-vlan", ["frame.number", "vlan.id", "tcp.len"],
                        options: ["aggregator=;", "occurrence=a"],
                        after: ["-Y", "vlan.id == 200 && tcp.len > 0 or vlan.id == 301"]),
                    fieldLines("fields-y-outer-tag", ["frame.number", "vlan.id"], after: ["-Y", "vlan.id == 100"]),
                    fieldLines("fields-vlan-summary", ["frame.number", "vlan", "ipv6"], after: ["-Y", "tcp.len > 0"]),
                ]
            ) { trace in
                let flow = Flow(
                    trace, client: ("2001:db8::1", 40000), server: ("2001:db8:0:1::2", 443),
                    link: .qinq(outer: 100, inner: 200))
                Scenarios.hello(flow)
                let other = Flow(trace, client: ("2001:db8::3", 40001), server: ("2001:db8:0:1::2", 443))
                let twoDot1Q: [UInt8] = [
                    0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0x81, 0, 0x01, 0x2C, 0x81, 0, 0x01, 0x2D, 0x86, 0xDD,
                ]
                trace.append(frame: twoDot1Q + other.packet(.client, "PA", seq: 1, ack: 1, bytes("two 802.1Q tags")))
            },
            area.trace(
                3, "ip-in-ip",
                "A connection tunnelled in IP-in-IP (outer TTL 200) next to a plain one: ip fields occur twice, "
                    + "ip.addr#2 names the inner layer, === and !== ask every occurrence.",
                tags: ["display-filter", "fields", "tunnel"],
                invocations: [
                    fieldLines(
                        "fields-ip-occurrences",
                        ["frame.number", "ip.src", "ip.dst", "ip.ttl", "ip.proto", "tcp.stream"]),
                    fieldLines(
                        "fields-y-inner-layer", ["frame.number", "tcp.stream"], after: ["-Y", "ip.addr#2 == 10.0.0.2"]),
                    fieldLines(
                        "fields-y-outer-cidr", ["frame.number", "ip.src"],
                        after: ["-Y", "ip.src#1 == 192.0.2.0/24 && ip.proto#2 == 6"]),
                    fieldLines("fields-y-all-eq", ["frame.number", "ip.dst"], after: ["-Y", "ip.dst === 10.0.0.2"]),
                    fieldLines("fields-y-any-ne", ["frame.number", "ip.src"], after: ["-Y", "ip.src !== 10.0.0.1"]),
                    Invocations.custom(
                        "follow-ascii-r-inner",
                        ["-r", "{capture}", "-2", "-R", "ip.addr#2", "-qz", "follow,tcp,ascii,0"]),
                ]
            ) { trace in
                let inner = Trace(link: .raw)
                Scenarios.hello(Flow(inner), "through the tunnel", "back")
                for record in inner.records {
                    let reversed = record.data[12..<16].elementsEqual([10, 0, 0, 2])
                    let (source, destination) = reversed ? ("192.0.2.2", "192.0.2.1") : ("192.0.2.1", "192.0.2.2")
                    trace.append(
                        ip: IPv4Packet(
                            source: IPAddressText.bytes(source), destination: IPAddressText.bytes(destination),
                            protocolNumber: 4, ttl: 200, payload: record.data
                        ).emit())
                }
                Scenarios.hello(Flow(trace, client: ("10.0.0.1", 40001)), "plain", "reply")
            },
        ]
    }

    /// `-T fields -r {capture} … -e NAME …` with `-E` settings; `before` goes ahead of `-T`, `after` at the end.
    static func fieldLines(
        _ name: String, _ names: [String], before: [String] = [], options: [String] = [], after: [String] = []
    ) -> Invocation {
        Invocations.custom(
            name,
            ["-r", "{capture}"] + before + ["-T", "fields"] + names.flatMap { ["-e", $0] }
                + options.flatMap { ["-E", $0] } + after)
    }

    /// `-2 -R FILTER` invocations: `r-follow-MODE-N` for each `MODE,N` of `follows`, then a `-T fields`
    /// invocation named `fieldsName` (`fieldsBefore` goes ahead of `-T`, e.g. a `-Y`).
    private static func readFiltered(
        _ filter: String, follows: [String], fieldsName: String = "r-fields", fieldsBefore: [String] = [],
        fields names: [String]
    ) -> [Invocation] {
        let readFilter = ["-2", "-R", filter]
        return follows.map { follow in
            Invocations.custom(
                "r-follow-" + follow.split(separator: ",").joined(separator: "-"),
                ["-r", "{capture}"] + readFilter + ["-qz", "follow,tcp," + follow])
        } + [fieldLines(fieldsName, names, before: readFilter + fieldsBefore)]
    }

    /// `-2 -R` dropping a retransmission, a middle segment, or all but one connection of a reused 4-tuple.
    private static func readFilterCases(_ area: AreaBuilder) -> [CaseSpec] {
        [
            area.flow(
                4, "read-filter-drops-retransmission",
                "A retransmission (window 65000) dropped by -2 -R: YAML packet numbers are renumbered.",
                tags: ["display-filter", "read-filter", "retransmission"],
                invocations: Invocations.follow(modes: ["yaml"])
                    + readFiltered(
                        "tcp.window_size_value != 65000", follows: ["yaml,0", "ascii,0"],
                        fields: ["frame.number", "tcp.seq", "tcp.len"])
            ) { flow in
                flow.handshake()
                flow.send(.client, "first ")
                flow.raw(
                    .client, "PA", seq: flow.clientSeq - 6, ack: flow.serverSeq, bytes("first "),
                    Flow.Options(window: 65000))
                flow.send(.client, "second")
                flow.send(.server, "reply")
                flow.close()
            },
            area.flow(
                5, "read-filter-drops-middle-segment",
                "The middle one of three client segments dropped by -2 -R: follow marks the gap; -Y then picks lines.",
                tags: ["display-filter", "read-filter", "gap"],
                invocations: readFiltered(
                    "!(tcp.payload contains \"two\")", follows: ["ascii,0", "raw,0", "yaml,0"],
                    fieldsName: "r-y-fields",
                    fieldsBefore: ["-Y", "tcp.len > 0"], fields: ["frame.number", "tcp.payload"])
            ) { flow in
                flow.handshake()
                flow.send(.client, "one ")
                flow.send(.client, "two ")
                flow.send(.client, "three")
                flow.send(.server, "done")
                flow.close()
            },
            area.flow(
                6, "read-filter-reused-tuple",
                "A 4-tuple reused with a new ISN: -2 -R 'tcp.stream == 1' keeps the second connection, still stream 1.",
                tags: ["display-filter", "read-filter", "reuse"],
                invocations: readFiltered(
                    "tcp.stream == 1", follows: ["ascii,1", "yaml,1", "ascii,0"],
                    fields: ["frame.number", "tcp.stream", "tcp.seq"])
            ) { flow in
                flow.handshake(); flow.send(.client, "first"); flow.send(.server, "reply"); flow.close()
                flow.clientSeq = 50000; flow.serverSeq = 60000
                flow.handshake(); flow.send(.client, "second"); flow.send(.server, "again"); flow.close()
            },
        ]
    }
}
