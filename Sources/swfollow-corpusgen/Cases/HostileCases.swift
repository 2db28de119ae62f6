import ConformanceKit

extension Catalog {
    /// What a damaged or crafted capture holds (issue 10): sequence numbers exactly half the
    /// 32-bit circle away, held-back segments in adversarial orders, repeated copies, and pcap
    /// time fields past a second. Each once crashed or slowed swfollow; tshark reads them all.
    static func hostile() -> [CaseSpec] {
        let area = AreaBuilder(area: "hostile", file: "HostileCases.swift")
        let everyMode = Invocations.follow(modes: Invocations.modes + ["ebcdic"])
        return [
            area.flow(
                1, "sequence-half-circle-away",
                "Segments exactly 2^31 past the next byte (one empty, one with data): tshark's unsigned offset "
                    + "makes both old news; the data around them is followed.",
                tags: ["sequence", "wrap", "crasher"], invocations: everyMode
            ) { flow in
                flow.handshake()
                flow.send(.client, "hello")
                flow.raw(.client, "A", seq: flow.clientSeq &+ (1 << 31), ack: flow.serverSeq)
                flow.raw(.client, "PA", seq: flow.clientSeq &+ (1 << 31), ack: flow.serverSeq, bytes("XX"))
                flow.raw(.server, "A", seq: flow.serverSeq &+ (1 << 31), ack: flow.clientSeq)
                flow.send(.client, " world")
                flow.send(.server, "ok")
                flow.close()
            },
            area.flow(
                2, "held-segments-last-first",
                "Sixty 10-byte segments arrive last-first after the first: released in order, each with its frame.",
                tags: ["reorder", "held-back"], invocations: everyMode
            ) { flow in
                heldBack(flow, order: [0] + (1..<60).reversed())
            },
            area.flow(
                3, "held-segments-odd-then-even",
                "Odd-numbered segments first, then the even ones: holes filled one by one.",
                tags: ["reorder", "held-back"], invocations: everyMode
            ) { flow in
                heldBack(flow, order: Array(stride(from: 1, to: 40, by: 2)) + Array(stride(from: 0, to: 40, by: 2)))
            },
            area.flow(
                4, "held-segment-copies",
                "One held-back segment captured 30 times, then a longer copy, then the bytes before them.",
                tags: ["duplicate", "held-back"], invocations: everyMode
            ) { flow in
                flow.handshake()
                let start = flow.clientSeq
                for _ in 0..<30 {
                    flow.raw(.client, "PA", seq: start &+ 5, ack: flow.serverSeq, bytes("later"))
                }
                flow.raw(.client, "PA", seq: start &+ 5, ack: flow.serverSeq, bytes("later!"))
                flow.raw(.client, "PA", seq: start, ack: flow.serverSeq, bytes("first"))
                flow.advance(.client, by: 11)
                flow.ack(.server)
                flow.close()
            },
            area.flow(
                5, "held-segments-acked-past-holes",
                "Segments held behind holes the peer acknowledges: markers, then the held data, in tshark's order.",
                tags: ["gap", "held-back"], invocations: everyMode
            ) { flow in
                flow.handshake()
                let start = flow.clientSeq
                for index in [7, 3, 5, 9] {
                    flow.raw(.client, "PA", seq: start &+ UInt32(index * 10), ack: flow.serverSeq, bytes("segment-\(index)"))
                }
                flow.raw(.server, "A", seq: flow.serverSeq, ack: start &+ 100)
                flow.advance(.client, by: 100)
                flow.close()
            },
            area.flow(
                6, "pcap-microseconds-past-a-second",
                "pcap records whose microsecond field is 1.5 s, 4294.967 s, 3 s and 2147.484 s: tshark keeps "
                    + "usec x 1000 in a C int, and prints and subtracts it so.",
                tags: ["pcap", "time", "crasher"],
                invocations: [
                    Invocations.z("follow,tcp,yaml,0", name: "follow-yaml-0"),
                    Invocations.z("follow,tcp,ascii,0", name: "follow-ascii-0"),
                    Invocations.z("conv,tcp", name: "conv"),
                    fieldLines("fields-time", ["frame.number", "frame.time_epoch", "tcp.stream"]),
                ]
            ) { flow in
                for text in ["HTTP", "abc", "def", "ghi"] {
                    flow.send(.client, text)
                }
                for (index, microseconds) in [1_500_000, 4_294_967, 3_000_000, 2_147_484].enumerated() {
                    flow.trace.setFraction(nanoseconds: UInt32(microseconds) * 1000, ofRecord: index)
                }
            },
        ]
    }

    /// A handshake, then ten-byte client segments numbered 0… sent in `order`, then a server ACK
    /// of them all and a close.
    private static func heldBack(_ flow: Flow, order: [Int]) {
        flow.handshake()
        let start = flow.clientSeq
        for index in order {
            let text = String(repeating: Character(UnicodeScalar(UInt8(65 + index % 26))), count: 9) + "\n"
            flow.raw(.client, "PA", seq: start &+ UInt32(index * 10), ack: flow.serverSeq, bytes(text))
        }
        flow.advance(.client, by: order.count * 10)
        flow.ack(.server)
        flow.close()
    }
}
