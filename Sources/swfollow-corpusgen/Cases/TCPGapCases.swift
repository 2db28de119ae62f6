extension Catalog {
    /// Missing data: unacknowledged and acknowledged gaps, markers, ack-less frames, snaplen truncation.
    static func tcpGaps() -> [CaseSpec] {
        let area = AreaBuilder(area: "tcp-gaps", file: "TCPGapCases.swift")
        /// seg1 (4 bytes), a lost 5-byte segment, seg3; then `after` runs (server side).
        func gap(_ flow: Flow, after: (Flow, UInt32) -> Void) {
            flow.handshake()
            let base = flow.clientSeq
            flow.raw(.client, "PA", seq: base, ack: flow.serverSeq, bytes("seg1"))
            flow.raw(.client, "PA", seq: base + 9, ack: flow.serverSeq, bytes("seg3"))
            flow.clientSeq = base + 13
            after(flow, base)
        }
        return [
            area.flow(
                1, "gap-never-acked", "A lost segment never acknowledged: data after the hole never shows.",
                tags: ["gap"]
            ) {
                gap($0) { flow, base in flow.raw(.server, "PA", seq: flow.serverSeq, ack: base + 4, bytes("reply")) }
            },
            area.flow(
                2, "gap-acked-marker",
                "The peer acknowledges past the hole: a [5 bytes missing] marker, then the held data.",
                tags: ["gap", "marker"]
            ) {
                gap($0) { flow, base in flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 13) }
            },
            area.flow(
                3, "gap-ack-one-past", "An ACK one byte past the start of the held segment is enough for a marker.",
                tags: ["gap", "marker"]
            ) {
                gap($0) { flow, base in flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 10) }
            },
            area.flow(4, "gap-ack-equal", "An ACK equal to the start of the held segment is not enough.", tags: ["gap"])
            {
                gap($0) { flow, base in flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 9) }
            },
            area.flow(
                5, "gap-ack-with-data",
                "The acknowledging frame carries data: marker, released data, then its own data.",
                tags: ["gap", "marker"]
            ) {
                gap($0) { flow, base in flow.raw(.server, "PA", seq: flow.serverSeq, ack: base + 13, bytes("reply")) }
            },
            area.flow(
                6, "gap-filled-after-marker", "The lost bytes arrive after the marker: they are dropped as old.",
                tags: ["gap", "marker", "retransmission"]
            ) {
                gap($0) { flow, base in
                    flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 13)
                    flow.raw(.client, "PA", seq: base + 4, ack: flow.serverSeq, bytes("seg2!"))
                }
            },
            area.flow(7, "two-gaps-one-ack", "Two holes covered by one ACK give two markers.", tags: ["gap", "marker"])
            { flow in
                flow.handshake()
                let base = flow.clientSeq
                for (offset, text) in [(0, "aaaa"), (6, "cccc"), (13, "eeee")] {
                    flow.raw(.client, "PA", seq: base + UInt32(offset), ack: flow.serverSeq, bytes(text))
                }
                flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 17)
            },
            area.flow(
                8, "gap-high-isn", "An acknowledged gap with ISNs above 2^31.", tags: ["gap", "marker", "high-isn"]
            ) { flow in
                flow.clientSeq = 0xC000_0000; flow.serverSeq = 0xE000_0000
                gap(flow) { flow, base in flow.raw(.server, "A", seq: flow.serverSeq, ack: base &+ 13) }
            },
            area.flow(
                9, "ackless-large-ack-field",
                "A PSH-only frame (ACK flag clear) whose ack field is 0x7fffffff still triggers a marker.",
                tags: ["gap", "marker", "ack-less"]
            ) {
                gap($0) { flow, _ in flow.raw(.server, "P", seq: flow.serverSeq, ack: 0x7FFF_FFFF, bytes("push")) }
            },
            area.flow(
                10, "ackless-zero-ack-field",
                "A PSH-only frame with ack field 0: no marker, the held data stays hidden.", tags: ["gap", "ack-less"]
            ) {
                gap($0) { flow, _ in flow.raw(.server, "P", seq: flow.serverSeq, ack: 0, bytes("push")) }
            },
            area.flow(
                11, "snaplen-in-order",
                "An in-order segment with 5 of 20 payload bytes captured; the next segment still fits.",
                tags: ["snaplen", "truncated"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "0123456789ABCDEFGHIJ", Flow.Options(caplen: 14 + 20 + 20 + 5))
                flow.send(.client, "after-trunc")
                flow.ack(.server)
            },
            area.flow(
                12, "snaplen-out-of-order",
                "A truncated segment held back moves on only by its captured bytes: a marker follows.",
                tags: ["snaplen", "truncated", "marker"]
            ) { flow in
                flow.handshake()
                let base = flow.clientSeq
                flow.raw(
                    .client, "PA", seq: base + 4, ack: flow.serverSeq, bytes("BBBBBBBB"),
                    Flow.Options(caplen: 14 + 20 + 20 + 3))
                flow.raw(.client, "PA", seq: base, ack: flow.serverSeq, bytes("AAAA"))
                flow.raw(.client, "PA", seq: base + 12, ack: flow.serverSeq, bytes("CCCC"))
                flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 16)
            },
            area.flow(
                13, "snaplen-zero-payload",
                "A segment with no captured payload moves nothing: the next one is held back.",
                tags: ["snaplen", "truncated"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "lost-entirely", Flow.Options(caplen: 14 + 20 + 20))
                flow.send(.client, "held")
                flow.ack(.server)
            },
            area.flow(
                14, "leading-gap-midstream",
                "Capture starts mid-connection; the server acknowledges bytes the capture never had.",
                tags: ["gap", "midstream"]
            ) { flow in
                flow.raw(.client, "PA", seq: 2000, ack: 7000, bytes("first-seen"))
                flow.raw(.client, "PA", seq: 2030, ack: 7000, bytes("after-hole"))
                flow.raw(.server, "PA", seq: 7000, ack: 2040, bytes("ok"))
            },
            area.flow(
                15, "long-gap", "A 100000-byte hole acknowledged at once (long gaps).",
                tags: ["gap", "marker", "resource"]
            ) { flow in
                flow.handshake()
                let base = flow.clientSeq
                flow.raw(.client, "PA", seq: base, ack: flow.serverSeq, bytes("start"))
                flow.raw(.client, "PA", seq: base + 100_005, ack: flow.serverSeq, bytes("end"))
                flow.raw(.server, "A", seq: flow.serverSeq, ack: base + 100_008)
            },
            area.flow(
                16, "gaps-both-directions", "Each side loses a segment and the other acknowledges past it.",
                tags: ["gap", "marker"]
            ) { flow in
                flow.handshake()
                let (client, server) = (flow.clientSeq, flow.serverSeq)
                flow.raw(.client, "PA", seq: client, ack: server, bytes("c1"))
                flow.raw(.client, "PA", seq: client + 5, ack: server, bytes("c3"))
                flow.raw(.server, "PA", seq: server, ack: client + 7, bytes("s1"))
                flow.raw(.server, "PA", seq: server + 6, ack: client + 7, bytes("s3"))
                flow.raw(.client, "A", seq: client + 7, ack: server + 8)
            },
        ]
    }
}
