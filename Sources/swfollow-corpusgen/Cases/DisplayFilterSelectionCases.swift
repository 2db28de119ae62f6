import ConformanceKit

extension Catalog {
    /// The display-filter area's `-Y` cases: operators on payloads, sets, CIDR and existence, fields of
    /// odd frames, preferences; and `-z conv,tcp,FILTER`.
    static func displayFilterSelections() -> [CaseSpec] {
        let area = AreaBuilder(area: "display-filters", file: "DisplayFilterSelectionCases.swift")
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
                    fieldLines("y-matches", lines, after: ["-Y", "tcp.payload matches \"^get /\""]),
                    fieldLines("y-matches-case-sensitive", lines, after: ["-Y", "tcp.payload ~ \"(?-i)^get\""]),
                    fieldLines("y-contains", lines, after: ["-Y", "tcp.payload contains \"word=\""]),
                    fieldLines(
                        "y-slice", lines, after: ["-Y", "tcp.payload[0:4] == \"GET \" || tcp.payload[-2:] == 0d:0a"]),
                    fieldLines(
                        "y-in-set", lines, after: ["-Y", "tcp.dstport in {80, 443, 8000..8100} && tcp.len > 0"]),
                    fieldLines("y-len", lines, after: ["-Y", "len(tcp.payload) >= 20 or tcp.srcport == 0x9c43"]),
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
                    fieldLines("y-cidr-v4", addresses, after: ["-Y", "ip.addr == 10.1.0.0/16"]),
                    fieldLines("y-cidr-v6", addresses, after: ["-Y", "ipv6.src == 2001:db8::/32 and tcp.len > 0"]),
                    fieldLines("y-syn-not-ack", addresses, after: ["-Y", "tcp.flags.syn && !tcp.flags.ack"]),
                    fieldLines("y-no-ack-ipv6", addresses, after: ["-Y", "tcp.flags.ack == 0 and ipv6"]),
                    fieldLines("y-not-ip", addresses, after: ["-Y", "not ip and tcp.flags.fin == 1"]),
                    fieldLines(
                        "y-hex-octal", addresses, after: ["-Y", "tcp.srcport == 0x9c41 or tcp.dstport == 0116100"]),
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
                    fieldLines("fields-odd-frames", oddFields, options: ["separator=,"]),
                    fieldLines("fields-no-defragment", oddFields, before: ["-o", "ip.defragment:FALSE"]),
                    fieldLines(
                        "y-fragments", ["frame.number", "ip.src", "tcp.len"],
                        after: ["-Y", "ip.flags.mf == 1 or ip.frag_offset > 0"]),
                    fieldLines(
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
                    fieldLines("fields-time-and-seq", sequenceFields),
                    fieldLines(
                        "fields-absolute-seq", sequenceFields, before: ["-o", "tcp.relative_sequence_numbers:FALSE"]),
                    fieldLines(
                        "fields-no-analysis", sequenceFields, before: ["-o", "tcp.analyze_sequence_numbers:FALSE"]),
                    fieldLines(
                        "y-absolute-seq", ["frame.number", "tcp.seq"],
                        before: ["-o", "tcp.relative_sequence_numbers:FALSE"], after: ["-Y", "tcp.seq == 1001"]),
                    fieldLines(
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
