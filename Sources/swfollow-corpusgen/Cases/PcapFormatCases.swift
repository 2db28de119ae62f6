import ConformanceKit

extension Catalog {
    /// File formats: pcap in both byte orders and precisions, pcapng variants, gzip.
    static func pcapFormat() -> [CaseSpec] {
        let area = AreaBuilder(area: "pcap-format", file: "PcapFormatCases.swift")
        let ethernet = PcapngWriter.Interface(linkType: 1)
        return [
            area.flow(
                1, "pcap-usec-le", "Classic pcap, microsecond timestamps, little-endian.", tags: ["pcap"],
                format: .pcap(.microseconds, .little), Scenarios.basic),
            area.flow(
                2, "pcap-usec-be", "Classic pcap, microsecond timestamps, big-endian.", tags: ["pcap", "byte-order"],
                format: .pcap(.microseconds, .big), Scenarios.basic),
            area.trace(
                3, "pcap-nsec-le", "Nanosecond pcap (magic A1B23C4D), little-endian, sub-microsecond times.",
                tags: ["pcap", "nanoseconds"], format: .pcap(.nanoseconds, .little)
            ) { trace in
                trace.clock += 123_456_789
                trace.step = 1_000_001
                Scenarios.basic(Flow(trace))
            },
            area.trace(
                4, "pcap-nsec-be", "Nanosecond pcap, big-endian.", tags: ["pcap", "nanoseconds", "byte-order"],
                format: .pcap(.nanoseconds, .big)
            ) { trace in
                trace.clock += 987_654_321
                Scenarios.basic(Flow(trace))
            },
            area.flow(
                5, "pcapng-usec", "pcapng with one Ethernet interface and the default µs resolution.", tags: ["pcapng"],
                format: .pcapng(interfaces: [ethernet]), Scenarios.basic),
            area.trace(
                6, "pcapng-nsec", "pcapng with if_tsresol = 9 (nanoseconds).", tags: ["pcapng", "nanoseconds"],
                format: .pcapng(interfaces: [.init(linkType: 1, timestampResolution: 9)])
            ) { trace in
                trace.clock += 123_456_789
                Scenarios.basic(Flow(trace))
            },
            area.flow(
                7, "pcapng-big-endian", "pcapng section written big-endian.", tags: ["pcapng", "byte-order"],
                format: .pcapng(interfaces: [ethernet], order: .big), Scenarios.basic),
            area.trace(
                8, "pcapng-binary-tsresol", "pcapng with if_tsresol = 0x94 (2^-20 s units).", tags: ["pcapng"],
                format: .pcapng(interfaces: [.init(linkType: 1, timestampResolution: 0x94)])
            ) { trace in
                trace.clock += 500_000_000
                Scenarios.basic(Flow(trace))
            },
            area.trace(
                9, "pcapng-two-interfaces-same-flow",
                "The same flow captured on two Ethernet interfaces: every frame twice, one stream.",
                tags: ["pcapng", "duplicate"],
                format: .pcapng(interfaces: [ethernet, .init(linkType: 1, name: "eth1")])
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                trace.duplicate(2, interface: 1)
                flow.send(.client, "request")
                trace.duplicate(4, interface: 1)
                flow.send(.server, "response")
                trace.duplicate(6, interface: 1)
            },
            area.trace(
                10, "pcapng-mixed-linktypes",
                "pcapng whose interfaces have different link types (Ethernet and raw IP).",
                tags: ["pcapng", "mixed-linktype"], streams: [0, 1],
                format: .pcapng(interfaces: [ethernet, .init(linkType: 101, name: "tun0")]),
                readme:
                    "libpcap refuses pcapng files whose interfaces have different link types; Wireshark reads them.\nTools built on libpcap (tcpflow, libnids) therefore read nothing here.\n",
                divergence: [
                    "tcpflow": "libpcap refuses pcapng files whose interfaces have different link types",
                    "libnids": "libpcap refuses pcapng files whose interfaces have different link types",
                ]
            ) { trace in
                let first = Flow(trace)
                let second = Flow(trace, client: ("10.9.0.1", 50000), server: ("10.9.0.2", 443), link: .raw)
                first.handshake()
                second.segment(.client, "S", [], Flow.Options(interface: 1))
                second.advance(.client, by: 1)
                first.send(.client, "over ethernet")
                second.segment(.client, "PA", bytes("over raw ip"), Flow.Options(interface: 1))
                first.send(.server, "reply")
            },
            area.file(
                11, "pcapng-extra-blocks",
                "Name-resolution, interface-statistics and custom blocks between packets are skipped.",
                tags: ["pcapng"], captureName: "capture.pcapng", bytes: extraBlocksCapture(),
                invocations: Invocations.follow()),
            area.file(
                12, "pcapng-simple-packet-blocks", "pcapng with simple packet blocks only (no timestamps).",
                tags: ["pcapng"], captureName: "capture.pcapng", bytes: simplePacketCapture(),
                invocations: Invocations.follow()),
            area.file(
                13, "pcap-gzip", "A pcap compressed with gzip (stored blocks) reads like the plain file.",
                tags: ["pcap", "gzip"], captureName: "capture.pcap.gz", bytes: Gzip.stored(Scenarios.basicCapture()),
                invocations: Invocations.follow()),
            area.file(
                14, "pcapng-two-sections", "Two pcapng sections back to back, each with its own interface.",
                tags: ["pcapng"], captureName: "capture.pcapng", bytes: twoSectionCapture(),
                invocations: Invocations.follow()),
            area.trace(
                15, "pcap-small-snaplen",
                "Data frames cut to 64 captured bytes (caplen < wire length): records show only captured bytes.",
                tags: ["pcap", "snaplen"], invocations: Invocations.follow()
            ) { trace in
                let flow = Flow(trace)
                flow.handshake()
                flow.send(.client, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", Flow.Options(caplen: 64))
                flow.send(.client, "short", Flow.Options(caplen: 64))
                flow.ack(.server)
            },
        ]
    }

    /// A pcapng whose packets are separated by NRB (4), ISB (5) and a custom block (0xBAD).
    private static func extraBlocksCapture() -> [UInt8] {
        let trace = Trace()
        Scenarios.basic(Flow(trace))
        var blocks: [PcapngWriter.Block] = [.interface(.init(linkType: 1, name: "eth0"))]
        let nameRecord: [UInt8] = [1, 0, 12, 0, 10, 0, 0, 2] + Array("server\0\0".utf8) + [0, 0, 0, 0]
        for (index, record) in trace.records.enumerated() {
            blocks.append(.packet(record))
            if index == 2 { blocks.append(.other(type: 4, body: nameRecord)) }
            if index == 5 { blocks.append(.other(type: 0x0000_0BAD, body: [0x00, 0x00, 0x7E, 0x7E, 1, 2, 3, 4])) }
        }
        blocks.append(.other(type: 5, body: [0, 0, 0, 0] + [0, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0]))
        return PcapngWriter().encode(blocks)
    }

    /// A pcapng whose packets are all simple packet blocks.
    private static func simplePacketCapture() -> [UInt8] {
        let trace = Trace()
        Scenarios.hello(Flow(trace))
        let blocks =
            [PcapngWriter.Block.interface(.init(linkType: 1))]
            + trace.records.map { PcapngWriter.Block.simplePacket(data: $0.data, originalLength: $0.originalLength) }
        return PcapngWriter().encode(blocks)
    }

    /// Two sections: the first holds the handshake, the second (new SHB and IDB) the data.
    private static func twoSectionCapture() -> [UInt8] {
        let trace = Trace()
        Scenarios.hello(Flow(trace))
        let records = trace.records
        let writer = PcapngWriter()
        let interface = PcapngWriter.Interface(linkType: 1)
        return writer.encode(interfaces: [interface], records: Array(records.prefix(3)))
            + writer.encode(interfaces: [interface], records: Array(records.dropFirst(3)))
    }
}
