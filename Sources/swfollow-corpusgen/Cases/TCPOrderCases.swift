extension Catalog {
    /// Reordering, retransmission and overlap (libnids 2a, 2b, 2c, 2i, 2k).
    static func tcpOrder() -> [CaseSpec] {
        let area = AreaBuilder(area: "tcp-order", file: "TCPOrderCases.swift")
        /// Client segments (offset from the first data byte, text) in the order given, then a server ACK.
        func segments(_ flow: Flow, _ list: [(Int, String)], end: Int) {
            flow.handshake()
            let base = flow.clientSeq
            for (offset, text) in list {
                flow.raw(.client, "PA", seq: base &+ UInt32(offset), ack: flow.serverSeq, bytes(text))
            }
            flow.clientSeq = base &+ UInt32(end)
            flow.ack(.server)
        }
        var cases: [CaseSpec] = [
            area.flow(
                1, "out-of-order-2-1-3", "Segment 2 arrives before segment 1, then 3 (libnids 2b).",
                tags: ["reorder", "libnids-2b"]
            ) {
                segments($0, [(4, "BBBB"), (0, "AAAA"), (8, "CCCC")], end: 12)
            },
            area.flow(2, "out-of-order-3-2-1", "Three segments in reverse order.", tags: ["reorder", "libnids-2b"]) {
                segments($0, [(8, "CCCC"), (4, "BBBB"), (0, "AAAA")], end: 12)
            },
            area.flow(3, "retransmit-exact", "An exact retransmission is dropped.", tags: ["retransmission"]) {
                segments($0, [(0, "hello"), (0, "hello"), (5, " world")], end: 11)
            },
            area.flow(
                4, "retransmit-other-data", "A retransmission with different bytes: the first copy wins (libnids 2a).",
                tags: ["retransmission", "overlap", "libnids-2a"]
            ) {
                segments($0, [(0, "hello"), (0, "HELLO"), (5, "!")], end: 6)
            },
            area.flow(
                5, "partial-retransmit-new-bytes",
                "abcdef then XYZghij at offset 3: only the new bytes ghij are shown.",
                tags: ["retransmission", "overlap", "libnids-2a"]
            ) {
                segments($0, [(0, "abcdef"), (3, "XYZghij")], end: 10)
            },
            area.flow(
                6, "overlap-pending-then-fill", "1111@4 and 222222@6 pending, then AAAA@0: AAAA, 1111, tail 22.",
                tags: ["overlap", "libnids-2a"]
            ) {
                segments($0, [(4, "1111"), (6, "222222"), (0, "AAAA")], end: 12)
            },
            area.flow(
                7, "overlap-pending-short-first", "pp@4 arrives before qqqqqq@2: AAAA, pp, qq.",
                tags: ["overlap", "libnids-2a"]
            ) {
                segments($0, [(4, "pp"), (2, "qqqqqq"), (0, "AAAA")], end: 8)
            },
            area.flow(
                8, "overlap-pending-long-first", "qqqqqq@2 arrives before pp@4: AAAA, qqqq; pp dropped.",
                tags: ["overlap", "libnids-2a"]
            ) {
                segments($0, [(2, "qqqqqq"), (4, "pp"), (0, "AAAA")], end: 8)
            },
            area.flow(
                9, "overlap-contained", "A segment wholly inside an earlier one (different bytes) is dropped.",
                tags: ["overlap", "libnids-2a"]
            ) {
                segments($0, [(0, "0123456789"), (3, "xyz"), (10, "tail")], end: 14)
            },
            area.flow(
                10, "overlap-containing", "One segment covers two held-back ones and the hole before them.",
                tags: ["overlap", "libnids-2a"]
            ) {
                segments($0, [(4, "bb"), (8, "dd"), (0, "AAAAAAAAAAAAAAAA")], end: 16)
            },
            area.flow(11, "duplicate-frames", "Every data frame is captured twice.", tags: ["duplicate"]) { flow in
                flow.handshake()
                for text in ["one", "two"] {
                    flow.send(.client, text)
                    flow.trace.duplicate(flow.trace.records.count - 1)
                }
                flow.send(.server, "ack")
                flow.trace.duplicate(flow.trace.records.count - 1)
            },
            area.flow(12, "interleaved-records", "a1 a2 b1 a3 b2 b3: six records, never merged.", tags: ["records"]) {
                flow in
                flow.handshake()
                flow.send(.client, "a1"); flow.send(.client, "a2"); flow.send(.server, "b1")
                flow.send(.client, "a3"); flow.send(.server, "b2"); flow.send(.server, "b3")
            },
            area.flow(
                13, "reverse-one-byte-queue",
                "300 one-byte segments in reverse order ending at the expected sequence (libnids 2k).",
                tags: ["reorder", "resource", "libnids-2k"]
            ) { flow in
                flow.handshake()
                let base = flow.clientSeq
                for index in stride(from: 299, through: 0, by: -1) {
                    flow.raw(
                        .client, "PA", seq: base &+ UInt32(index), ack: flow.serverSeq,
                        [UInt8(ascii: "a") + UInt8(index % 26)])
                }
                flow.clientSeq = base &+ 300
                flow.ack(.server)
            },
            area.flow(
                14, "sequence-wraparound", "Client sequence numbers wrap past 2^32 mid-stream (libnids 2i).",
                tags: ["wrap", "libnids-2i"]
            ) { flow in
                flow.clientSeq = 0xFFFF_FFF0
                flow.handshake()
                for text in ["0123456789", "abcdefghij", "KLMNOPQRST"] { flow.send(.client, text) }
                flow.ack(.server)
            },
            area.flow(
                15, "wraparound-out-of-order", "Out-of-order segments on both sides of the 2^32 wrap.",
                tags: ["wrap", "reorder", "libnids-2i"]
            ) { flow in
                flow.clientSeq = 0xFFFF_FFF8
                segments(flow, [(8, "after-wrap"), (0, "pre-wrap"), (18, "end")], end: 21)
            },
            area.flow(
                16, "high-isn", "ISNs above 2^31 on both sides: no false missing-data markers.",
                tags: ["wrap", "high-isn"]
            ) { flow in
                flow.clientSeq = 0x9000_0000; flow.serverSeq = 0xF000_0000
                flow.handshake()
                flow.send(.client, "request"); flow.send(.server, "response"); flow.send(.client, "more")
                flow.ack(.server)
            },
            area.flow(
                17, "isn-ffffffff", "Client ISN 0xFFFFFFFF: the first data byte has sequence 0.",
                tags: ["wrap", "zero-unset"]
            ) { flow in
                flow.clientSeq = 0xFFFF_FFFF
                segments(flow, [(4, "BBBB"), (0, "AAAA")], end: 8)
            },
            area.flow(
                18, "midstream-out-of-order",
                "Capture starts mid-connection with an out-of-order segment: earlier bytes are lost.",
                tags: ["midstream", "reorder"]
            ) { flow in
                let base = flow.clientSeq
                flow.raw(.client, "PA", seq: base + 5, ack: 5001, bytes("later"))
                flow.raw(.client, "PA", seq: base, ack: 5001, bytes("early"))
                flow.raw(.client, "PA", seq: base + 10, ack: 5001, bytes("last"))
                flow.raw(.server, "A", seq: 5001, ack: base + 14)
            },
            area.flow(
                19, "out-of-window", "A segment 1 GiB ahead and one 1 GiB behind the window (libnids 2c).",
                tags: ["window", "libnids-2c"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "in-window")
                flow.raw(.client, "PA", seq: flow.clientSeq &+ 0x4000_0000, ack: flow.serverSeq, bytes("far-ahead"))
                flow.raw(.client, "PA", seq: flow.clientSeq &- 0x4000_0000, ack: flow.serverSeq, bytes("far-behind"))
                flow.send(.client, "next")
                flow.ack(.server)
            },
            area.flow(
                20, "both-directions-out-of-order",
                "Both sides reorder at the same time; each side is released on its own.", tags: ["reorder"]
            ) { flow in
                flow.handshake()
                let (client, server) = (flow.clientSeq, flow.serverSeq)
                flow.raw(.client, "PA", seq: client + 3, ack: server, bytes("DEF"))
                flow.raw(.server, "PA", seq: server + 3, ack: client, bytes("def"))
                flow.raw(.client, "PA", seq: client, ack: server, bytes("ABC"))
                flow.raw(.server, "PA", seq: server, ack: client, bytes("abc"))
                flow.clientSeq = client + 6; flow.serverSeq = server + 6
                flow.ack(.client)
            },
        ]
        cases += overlapPermutations(area, first: 21, segments: segments)
        return cases
    }

    /// Three overlapping segments A@0 "AAAAAA", B@2 "BBBBBB", C@4 "CCCCCC" in all six orders (libnids 2a).
    private static func overlapPermutations(
        _ area: AreaBuilder, first: Int, segments: @escaping (Flow, [(Int, String)], Int) -> Void
    ) -> [CaseSpec] {
        let parts: [Character: (Int, String)] = ["A": (0, "AAAAAA"), "B": (2, "BBBBBB"), "C": (4, "CCCCCC")]
        return ["ABC", "ACB", "BAC", "BCA", "CAB", "CBA"].enumerated().map { index, order in
            area.flow(
                first + index, "overlap-order-\(order.lowercased())",
                "Overlapping A@0, B@2, C@4 (6 bytes each) arriving \(order).", tags: ["overlap", "libnids-2a"]
            ) { flow in
                segments(flow, order.compactMap { parts[$0] }, 10)
            }
        }
    }
}
