extension Catalog {
    /// Link-layer framings: VLAN, QinQ, Linux cooked v1/v2, raw IP (101/228/229), BSD NULL, LOOP, padding.
    static func link() -> [CaseSpec] {
        let area = AreaBuilder(area: "link", file: "LinkCases.swift")
        let v6Client = ("2001:db8::1", UInt16(40000))
        let v6Server = ("2001:db8::2", UInt16(80))
        func v4(_ number: Int, _ slug: String, _ summary: String, _ link: LinkLayer) -> CaseSpec {
            area.flow(number, slug, summary, tags: ["link"], link: link) {
                Scenarios.hello($0, "hello " + slug, "reply")
            }
        }
        func v6(_ number: Int, _ slug: String, _ summary: String, _ link: LinkLayer) -> CaseSpec {
            area.trace(number, slug, summary, tags: ["link", "ipv6"], link: link) { trace in
                Scenarios.hello(Flow(trace, client: v6Client, server: v6Server), "hello " + slug, "reply")
            }
        }
        return [
            v4(1, "vlan-8021q", "Ethernet with one 802.1Q tag (VLAN 7).", .vlan(7)),
            v4(
                2, "qinq-8021ad", "Ethernet with an 802.1ad outer tag (100) and an 802.1Q inner tag (7).",
                .qinq(outer: 100, inner: 7)),
            v4(3, "linux-sll", "Linux cooked capture v1 (LINKTYPE_LINUX_SLL, 113).", .sll),
            v4(4, "linux-sll2", "Linux cooked capture v2 (LINKTYPE_LINUX_SLL2, 276).", .sll2),
            v6(5, "linux-sll2-ipv6", "Linux cooked capture v2 carrying IPv6.", .sll2),
            v4(6, "raw-101-ipv4", "Raw IP (LINKTYPE_RAW, 101) carrying IPv4.", .raw),
            v6(7, "raw-101-ipv6", "Raw IP (LINKTYPE_RAW, 101) carrying IPv6.", .raw),
            v4(8, "raw-228-ipv4", "LINKTYPE_IPV4 (228).", .rawIPv4),
            v6(9, "raw-229-ipv6", "LINKTYPE_IPV6 (229).", .rawIPv6),
            v4(
                10, "null-little-endian", "BSD loopback (LINKTYPE_NULL, 0), address family in little-endian order.",
                .null(bigEndian: false)),
            v4(
                11, "null-big-endian", "BSD loopback (LINKTYPE_NULL, 0), address family in big-endian order.",
                .null(bigEndian: true)),
            v6(12, "null-ipv6", "BSD loopback carrying IPv6 (AF 24).", .null(bigEndian: false)),
            v4(13, "loop-ipv4", "OpenBSD loopback (LINKTYPE_LOOP, 108), network-order address family.", .loop),
            v6(14, "loop-ipv6", "OpenBSD loopback carrying IPv6.", .loop),
            area.flow(
                15, "ethernet-padding", "One-byte segments padded to 60 bytes: padding is never data.",
                tags: ["link", "padding"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "x", Flow.Options(padTo: 60))
                flow.send(.server, "y", Flow.Options(padTo: 60))
                flow.segment(.client, "A", [], Flow.Options(padTo: 60))
            },
            area.trace(
                16, "same-flow-two-vlans", "One flow seen on VLAN 7 and again on VLAN 8: one stream, copies dropped.",
                tags: ["link", "vlan", "duplicate"]
            ) { trace in
                let flow = Flow(trace, link: .vlan(7))
                flow.handshake()
                flow.send(.client, "on vlan 7")
                flow.raw(
                    .client, "PA", seq: flow.clientSeq - 9, ack: flow.serverSeq, bytes("on vlan 7"),
                    Flow.Options(link: .vlan(8)))
                flow.send(.server, "answer")
            },
        ]
    }
}
