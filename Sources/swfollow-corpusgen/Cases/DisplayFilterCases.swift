import ConformanceKit

extension Catalog {
    /// Display filters where tshark applies them: `-T fields` lines (with `-E` options) and the frames
    /// `-Y` selects for them, `-2 -R` dropping frames before follow, `-z conv,tcp,FILTER`, and the
    /// errors a bad filter or option gives (in `DisplayFilterErrorCases.swift`).
    static func displayFilters() -> [CaseSpec] {
        let area = AreaBuilder(area: "display-filters", file: "DisplayFilterCases.swift")
        return fieldCases(area) + readFilterCases(area) + selectionCases(area) + displayFilterErrors(area)
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
                    fields("fields-many", ipv4Fields),
                    fields(
                        "fields-q-header-space-quote", ["frame.number", "ip.addr", "tcp.port", "tcp.payload"],
                        before: ["-q"], options: ["header=y", "separator=/s", "quote=d"]),
                    fields(
                        "fields-y-data-then-follow-hex", ["frame.number", "tcp.len", "tcp.payload"],
                        after: ["-Y", "tcp.len > 0", "-z", "follow,tcp,hex,0"]),
                    Invocations.custom(
                        "follow-ascii-y-syn",
                        ["-r", "{capture}", "-q", "-Y", "tcp.flags.syn == 1", "-z", "follow,tcp,ascii,0"]),
                    fields(
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
                    fields("fields-default", v6Fields),
                    fields("fields-occurrence-first", v6Fields, options: ["occurrence=f"]),
                    fields("fields-occurrence-last-quote-single", v6Fields, options: ["occurrence=l", "quote=s"]),
                    fields(
                        "fields-aggregator-space-header-bom", v6Fields,
                        options: ["aggregator=/s", "header=y", "bom=y", "occurrence=a"]),
                    fields(
                        "fields-aggregator-semicolon-y-vlan", ["frame.number", "vlan.id", "tcp.len"],
                        options: ["aggregator=;", "occurrence=a"],
                        after: ["-Y", "vlan.id == 200 && tcp.len > 0 or vlan.id == 301"]),
                    fields("fields-y-outer-tag", ["frame.number", "vlan.id"], after: ["-Y", "vlan.id == 100"]),
                    fields("fields-vlan-summary", ["frame.number", "vlan", "ipv6"], after: ["-Y", "tcp.len > 0"]),
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
                    fields(
                        "fields-ip-occurrences",
                        ["frame.number", "ip.src", "ip.dst", "ip.ttl", "ip.proto", "tcp.stream"]),
                    fields(
                        "fields-y-inner-layer", ["frame.number", "tcp.stream"], after: ["-Y", "ip.addr#2 == 10.0.0.2"]),
                    fields(
                        "fields-y-outer-cidr", ["frame.number", "ip.src"],
                        after: ["-Y", "ip.src#1 == 192.0.2.0/24 && ip.proto#2 == 6"]),
                    fields("fields-y-all-eq", ["frame.number", "ip.dst"], after: ["-Y", "ip.dst === 10.0.0.2"]),
                    fields("fields-y-any-ne", ["frame.number", "ip.src"], after: ["-Y", "ip.src !== 10.0.0.1"]),
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
    private static func fields(
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
        } + [fields(fieldsName, names, before: readFilter + fieldsBefore)]
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

    /// `-Y` operators on payloads, sets, CIDR and existence; `-z conv,tcp,FILTER`.
    private static func selectionCases(_ area: AreaBuilder) -> [CaseSpec] {
        let lines = ["frame.number", "tcp.stream", "tcp.dstport"]
        let addresses = ["frame.number", "tcp.stream", "ip.src", "ipv6.src"]
        let sequenceFields = ["frame.number", "frame.time_epoch", "tcp.seq", "tcp.ack", "tcp.seq_raw", "tcp.len"]
        let oddFields = [
            "frame.number", "frame.len", "frame.cap_len", "ip.proto", "ip.flags.mf", "ip.frag_offset", "ip.len",
            "tcp.stream", "tcp.srcport", "tcp.seq", "tcp.len", "tcp.flags.str",
        ]
        return [
            area.trace(
                7, "payload-operators",
                "Requests in upper and lower case on several ports: matches (case-insensitive unless (?-i)), "
                    + "contains, slices, sets with ranges, len().",
                tags: ["display-filter", "payload"],
                invocations: [
                    fields("y-matches", lines, after: ["-Y", "tcp.payload matches \"^get /\""]),
                    fields("y-matches-case-sensitive", lines, after: ["-Y", "tcp.payload ~ \"(?-i)^get\""]),
                    fields("y-contains", lines, after: ["-Y", "tcp.payload contains \"word=\""]),
                    fields(
                        "y-slice", lines, after: ["-Y", "tcp.payload[0:4] == \"GET \" || tcp.payload[-2:] == 0d:0a"]),
                    fields("y-in-set", lines, after: ["-Y", "tcp.dstport in {80, 443, 8000..8100} && tcp.len > 0"]),
                    fields("y-len", lines, after: ["-Y", "len(tcp.payload) >= 20 or tcp.srcport == 0x9c43"]),
                ]
            ) { trace in
                let requests = [
                    (80, "GET /index HTTP/1.1\r\n"), (8080, "get /lower\r\n"), (443, "POST /login password=secret"),
                    (9000, "nothing to see"),
                ]
                for (index, request) in requests.enumerated() {
                    let flow = Flow(
                        trace, client: ("10.0.0.1", UInt16(40000 + index)), server: ("10.0.0.2", UInt16(request.0)))
                    Scenarios.hello(flow, request.1, "ok")
                }
            },
            area.trace(
                8, "addresses-and-existence",
                "IPv4 and IPv6 connections: CIDR on either family, bare fields and protocols as existence tests "
                    + "(a bare flag is present even when 0), hex and octal literals.",
                tags: ["display-filter", "cidr", "ipv6"],
                invocations: [
                    fields("y-cidr-v4", addresses, after: ["-Y", "ip.addr == 10.1.0.0/16"]),
                    fields("y-cidr-v6", addresses, after: ["-Y", "ipv6.src == 2001:db8::/32 and tcp.len > 0"]),
                    fields("y-syn-not-ack", addresses, after: ["-Y", "tcp.flags.syn && !tcp.flags.ack"]),
                    fields("y-no-ack-ipv6", addresses, after: ["-Y", "tcp.flags.ack == 0 and ipv6"]),
                    fields("y-not-ip", addresses, after: ["-Y", "not ip and tcp.flags.fin == 1"]),
                    fields("y-hex-octal", addresses, after: ["-Y", "tcp.srcport == 0x9c41 or tcp.dstport == 0116100"]),
                ]
            ) { trace in
                let pairs = [
                    ("10.1.2.3", "10.9.9.9"), ("172.16.0.5", "10.9.9.9"), ("2001:db8::1", "2001:db8::2"),
                    ("fd00::1", "fd00::2"),
                ]
                for (index, pair) in pairs.enumerated() {
                    let flow = Flow(trace, client: (pair.0, UInt16(40000 + index)), server: (pair.1, 80))
                    Scenarios.hello(flow)
                    flow.close()
                }
            },
            area.trace(
                12, "odd-frames",
                "Fields of frames that are not plain TCP: IPv4 fragments (with and without defragmenting), UDP, "
                    + "TCP quoted in ICMP (whole and cut to 8 bytes), a TCP header cut by the snap length; -c.",
                tags: ["display-filter", "fields", "fragments", "icmp", "snaplen"],
                invocations: [
                    fields("fields-odd-frames", oddFields, options: ["separator=,"]),
                    fields("fields-no-defragment", oddFields, before: ["-o", "ip.defragment:FALSE"]),
                    fields(
                        "y-fragments", ["frame.number", "ip.src", "tcp.len"],
                        after: ["-Y", "ip.flags.mf == 1 or ip.frag_offset > 0"]),
                    fields(
                        "y-tcp-count-6", ["frame.number", "tcp.stream"], before: ["-c", "6"], after: ["-Y", "tcp"]),
                ]
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                var datagram = flow.datagram(
                    .client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, [UInt8](repeating: 0x61, count: 100))
                datagram.identification = 0x6000
                flow.advance(.client, by: 100)
                for piece in datagram.fragments([(0, 64, true), (64, 56, false)]) { trace.append(ip: piece) }
                trace.append(
                    ip: IPv4Packet(
                        source: IPAddressText.bytes("10.0.0.9"), destination: IPAddressText.bytes("10.0.0.8"),
                        protocolNumber: 17, payload: [0, 53, 0, 53, 0, 11, 0, 0] + bytes("udp")
                    ).emit())
                let quoted = Flow(trace, client: ("10.0.0.3", 41000), server: ("10.0.0.4", 443))
                let syn = quoted.packet(.client, "S", seq: 7000, ack: 0)
                for tcpBytes in [20, 8] {
                    trace.append(ip: icmpQuote(of: syn, from: "10.0.0.4", to: "10.0.0.3", tcpBytes: tcpBytes))
                }
                flow.send(.server, "cut header", Flow.Options(caplen: 14 + 20 + 10))
                flow.send(.server, "whole")
            },
            area.flow(
                13, "preferences-and-arithmetic",
                "Nanosecond timestamps in frame.time_epoch; sequence-number preferences change tcp.seq in lines and "
                    + "in filters; arithmetic and bitwise tests.",
                tags: ["display-filter", "fields", "time", "preferences"], format: .pcap(.nanoseconds),
                invocations: [
                    fields("fields-time-and-seq", sequenceFields),
                    fields(
                        "fields-absolute-seq", sequenceFields, before: ["-o", "tcp.relative_sequence_numbers:FALSE"]),
                    fields("fields-no-analysis", sequenceFields, before: ["-o", "tcp.analyze_sequence_numbers:FALSE"]),
                    fields(
                        "y-absolute-seq", ["frame.number", "tcp.seq"],
                        before: ["-o", "tcp.relative_sequence_numbers:FALSE"], after: ["-Y", "tcp.seq == 1001"]),
                    fields(
                        "y-arithmetic-bitwise", ["frame.number", "tcp.flags"],
                        after: ["-Y", "tcp.flags & 0x02 or tcp.srcport + 1 == 81 and tcp.len * 2 > 2"]),
                ]
            ) { flow in
                flow.trace.clock += 123_456_789
                flow.trace.step = 1_000_000_007
                Scenarios.hello(flow, "hello there", "hi")
                flow.close()
            },
            area.trace(
                9, "conversation-filters",
                "-z conv,tcp,FILTER counts the frames the filter passes (commas inside a set stay in the filter); "
                    + "-2 -R removes frames before the table.",
                tags: ["display-filter", "conversations"],
                invocations: [
                    Invocations.z("conv,tcp,ip.addr==10.0.0.3", name: "conv-address"),
                    Invocations.z("conv,tcp,tcp.len>0", name: "conv-data-only"),
                    Invocations.z("conv,tcp,tcp.dstport in {80, 443}", name: "conv-set-with-commas"),
                    Invocations.custom(
                        "conv-filter-and-follow",
                        ["-r", "{capture}", "-q", "-z", "conv,tcp,tcp.stream==1", "-z", "follow,tcp,ascii,1"]),
                    Invocations.custom(
                        "r-then-conv", ["-r", "{capture}", "-2", "-R", "tcp.stream != 0", "-qz", "conv,tcp"]),
                ]
            ) { trace in
                for (index, port) in [80, 443, 8080].enumerated() {
                    let flow = Flow(
                        trace, client: ("10.0.0.\(index + 1)", UInt16(40000 + index)),
                        server: ("10.0.0.9", UInt16(port)))
                    Scenarios.hello(flow, String(repeating: "x", count: 10 * (index + 1)))
                }
            },
        ]
    }
}
