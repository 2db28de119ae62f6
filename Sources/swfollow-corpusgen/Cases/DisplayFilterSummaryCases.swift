import ConformanceKit

extension Catalog {
    /// `-T fields` protocol summaries of frames tshark describes differently (issue 11): 802.3
    /// length-field frames and pcapng packets whose `epb_flags` record a direction.
    static func summaryCases() -> [CaseSpec] {
        let area = AreaBuilder(area: "display-filters", file: "DisplayFilterSummaryCases.swift")
        let summaries = ["frame.number", "frame", "eth", "tcp.stream"]
        return [
            area.file(
                14, "summary-8023-ethernet",
                "802.3 frames (a length, not a type, after the addresses), one carrying IPv4 in LLC/SNAP: "
                    + "tshark's eth summary is 'IEEE 802.3 Ethernet ' with no addresses.",
                tags: ["display-filter", "fields", "802.3"], captureName: "capture.pcap",
                bytes: PcapWriter(linkType: 1).encode(ieee8023Records()),
                invocations: [fieldLines("fields-summaries", summaries, before: ["-n"])]
                    + Invocations.follow(modes: ["ascii"])),
            area.file(
                15, "summary-packet-direction",
                "pcapng packets whose epb_flags say inbound, outbound, nothing and 'invalid' (3): tshark's "
                    + "frame summary ends in ' (inbound)' or ' (outbound)' for the first two.",
                tags: ["display-filter", "fields", "pcapng"], captureName: "capture.pcapng",
                bytes: directionCapture(),
                invocations: [fieldLines("fields-summaries", summaries, before: ["-n"])]),
        ]
    }

    /// A client segment over 802.3 + LLC/SNAP, the server's reply over Ethernet II, and an
    /// 802.3 frame with plain LLC (not IP).
    private static func ieee8023Records() -> [CaptureRecord] {
        let trace = Trace()
        let flow = Flow(trace)
        let snap: [UInt8] = [0xAA, 0xAA, 0x03, 0, 0, 0, 0x08, 0x00]
        let addresses: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1]
        let request = flow.packet(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("GET /"))
        let length = UInt16(snap.count + request.count)
        trace.append(frame: addresses + [UInt8(length >> 8), UInt8(length & 0xFF)] + snap + request)
        flow.advance(.client, by: 5)
        flow.send(.server, "200 OK")
        trace.append(frame: addresses + [0, 3, 0x42, 0x42, 0x03] + [UInt8](repeating: 0, count: 43))
        return trace.records
    }

    /// The six packets of one connection in Enhanced Packet Blocks with epb_flags 1, 2, 0, 3, none and 1.
    private static func directionCapture() -> [UInt8] {
        let trace = Trace()
        Scenarios.hello(Flow(trace))
        var blocks: [PcapngWriter.Block] = [.interface(.init(linkType: 1))]
        for (record, flags) in zip(trace.records, [1, 2, 0, 3, nil, 1] as [UInt32?]) {
            blocks.append(.other(type: 6, body: enhancedPacketBody(record, flags: flags)))
        }
        return PcapngWriter().encode(blocks)
    }

    /// An EPB body (interface 0, microsecond timestamp) with an `epb_flags` option when `flags`
    /// is given.
    private static func enhancedPacketBody(_ record: CaptureRecord, flags: UInt32?) -> [UInt8] {
        var body: [UInt8] = []
        func word(_ value: UInt32) { body += withUnsafeBytes(of: value.littleEndian, Array.init) }
        let microseconds = record.totalNanoseconds / 1000
        word(0)
        word(UInt32(microseconds >> 32))
        word(UInt32(truncatingIfNeeded: microseconds))
        word(UInt32(record.data.count))
        word(UInt32(record.originalLength))
        body += record.data + [UInt8](repeating: 0, count: (4 - record.data.count % 4) % 4)
        if let flags {
            body += [2, 0, 4, 0]
            word(flags)
            body += [0, 0, 0, 0]
        }
        return body
    }
}
