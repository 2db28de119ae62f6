extension Catalog {
    /// Connection life: data on SYN/FIN/RST, keep-alives, probes, urgent data, odd flags, checksums.
    static func tcpLifecycle() -> [CaseSpec] {
        let area = AreaBuilder(area: "tcp-lifecycle", file: "TCPLifecycleCases.swift")
        return [
            area.flow(
                1, "syn-with-data", "The client's SYN carries data (TCP Fast Open style).", tags: ["syn", "libnids-2j"]
            ) { flow in
                flow.syn(bytes("early-data")); flow.synAck(); flow.ack(.client)
                flow.send(.client, "normal")
            },
            area.flow(2, "synack-with-data", "The server's SYN/ACK carries data.", tags: ["syn"]) { flow in
                flow.syn(); flow.synAck(bytes("banner-on-synack")); flow.ack(.client)
                flow.send(.client, "hi")
            },
            area.flow(3, "fin-with-data", "Both FINs carry the last bytes.", tags: ["fin"]) { flow in
                flow.handshake()
                flow.send(.client, "request")
                flow.fin(.client, bytes("bye"))
                flow.fin(.server, bytes("see you"))
                flow.ack(.client)
            },
            area.flow(
                4, "data-after-fin", "Data at FIN+1 is held, then shown after a [1 bytes missing] marker once acked.",
                tags: ["fin", "marker"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "before")
                flow.fin(.client)
                flow.send(.client, "after-fin")
                flow.ack(.server)
            },
            area.flow(
                5, "data-reusing-fin-seq", "Data that reuses the FIN's sequence number is appended normally.",
                tags: ["fin"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "before")
                flow.segment(.client, "FA")
                flow.send(.client, "same-seq")
                flow.ack(.server)
            },
            area.flow(6, "rst-with-data", "A RST carrying payload: the payload is shown.", tags: ["rst"]) { flow in
                flow.handshake()
                flow.send(.client, "request")
                flow.segment(.server, "RA", bytes("reset-reason"))
            },
            area.flow(7, "data-after-rst", "Data after a RST on the same connection is still shown.", tags: ["rst"]) {
                flow in
                flow.handshake()
                flow.send(.client, "one")
                flow.rst(.client)
                flow.send(.client, "two")
                flow.send(.server, "three")
            },
            area.flow(8, "keepalive", "Keep-alives (seq = next-1, 0 and 1 byte) are dropped.", tags: ["keepalive"]) {
                flow in
                flow.handshake()
                flow.send(.client, "data")
                flow.raw(.client, "A", seq: flow.clientSeq - 1, ack: flow.serverSeq)
                flow.raw(.client, "A", seq: flow.clientSeq - 1, ack: flow.serverSeq, [0])
                flow.send(.client, "more")
                flow.ack(.server)
            },
            area.flow(
                9, "keepalive-first-from-server",
                "The server's first frame is a 1-byte keep-alive at relative 0: that byte is printed.",
                tags: ["keepalive", "zero-unset"]
            ) { flow in
                flow.advance(.client, by: 1); flow.advance(.server, by: 1)
                flow.send(.client, "client-first")
                flow.raw(.server, "A", seq: flow.serverSeq - 1, ack: flow.clientSeq, [0x21])
                flow.send(.server, "server-data")
                flow.raw(.server, "A", seq: flow.serverSeq - 1, ack: flow.clientSeq, [0x21])
            },
            area.flow(
                10, "zero-window-probe", "A one-byte zero-window probe, then the full segment: P, then ROBED.",
                tags: ["zero-window"]
            ) { flow in
                flow.handshake()
                flow.raw(.server, "A", seq: flow.serverSeq, ack: flow.clientSeq, [], Flow.Options(window: 0))
                flow.raw(.client, "PA", seq: flow.clientSeq, ack: flow.serverSeq, bytes("P"))
                flow.send(.client, "PROBED")
                flow.ack(.server)
            },
            area.flow(
                11, "urgent-data",
                "A segment with URG and an urgent pointer (libnids 2f): the urgent byte stays in the stream.",
                tags: ["urgent", "libnids-2f"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "normal")
                flow.send(.client, "xU", flags: "UPA", Flow.Options(urgentPointer: 2))
                flow.send(.client, "rest")
                flow.ack(.server)
            },
            area.flow(
                12, "syn-fin-together", "A segment with SYN and FIN both set, then data (libnids 2d).",
                tags: ["flags", "libnids-2d"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "before")
                flow.raw(.client, "SF", seq: flow.clientSeq, ack: 0, bytes("synfin"))
                flow.send(.client, "after")
                flow.ack(.server)
            },
            area.flow(
                13, "null-and-xmas-flags", "Segments with no flags and with FIN+PSH+URG carry data (libnids 2d).",
                tags: ["flags", "libnids-2d"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "null-flags", flags: "")
                flow.send(.client, "xmas", flags: "FPU")
                flow.send(.client, "normal")
                flow.ack(.server)
            },
            area.flow(
                14, "syn-with-ecn-flags", "A handshake whose SYN also sets ECE and CWR (libnids 2j).",
                tags: ["flags", "syn", "libnids-2j"]
            ) { flow in
                flow.segment(.client, "SEC"); flow.advance(.client, by: 1)
                flow.segment(.server, "SAE"); flow.advance(.server, by: 1)
                flow.ack(.client)
                flow.send(.client, "ecn request"); flow.send(.server, "ecn answer")
            },
            area.flow(
                15, "syn-with-push-urg", "A connection opened by SYN+PSH+URG carrying data (libnids 2j).",
                tags: ["flags", "syn", "libnids-2j"]
            ) { flow in
                flow.segment(.client, "SPU", bytes("odd-open"), Flow.Options(urgentPointer: 1));
                flow.advance(.client, by: 9)
                flow.synAck(); flow.ack(.client)
                flow.send(.client, "then normal")
            },
            area.flow(16, "fin-retransmit", "The client's FIN is sent twice.", tags: ["fin", "retransmission"]) {
                flow in
                flow.handshake()
                flow.send(.client, "data")
                flow.fin(.client)
                flow.raw(.client, "FA", seq: flow.clientSeq - 1, ack: flow.serverSeq)
                flow.fin(.server)
                flow.ack(.client)
            },
            area.flow(17, "no-payload", "Handshake and close without any data: an empty follow block.", tags: ["empty"])
            { flow in
                flow.handshake(); flow.close()
            },
            area.flow(
                18, "rst-only", "A lone RST: the stream exists, Node lines are set, no records.",
                tags: ["empty", "rst"]
            ) { flow in
                flow.raw(.client, "R", seq: 123, ack: 0)
            },
            area.flow(
                19, "bad-tcp-checksum", "A data segment with a wrong TCP checksum is still shown (libnids 2h).",
                tags: ["checksum", "libnids-2h"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "good1")
                flow.send(.client, "BADSUM", Flow.Options(tcpChecksum: 0x1234))
                flow.send(.client, "good2")
                flow.close()
            },
            area.flow(
                20, "malformed-tcp-option", "A segment whose option length runs past the header: data still follows.",
                tags: ["options"]
            ) { flow in
                flow.handshake()
                flow.send(.client, "bad-option", Flow.Options(tcpOptions: [2, 40, 5, 0xB4]))
                flow.send(.client, "normal")
                flow.ack(.server)
            },
            area.flow(21, "half-close", "The client closes first; the server keeps sending.", tags: ["fin"]) { flow in
                flow.handshake()
                flow.send(.client, "request")
                flow.fin(.client)
                flow.send(.server, "part1")
                flow.send(.server, "part2")
                flow.fin(.server)
                flow.ack(.client)
            },
            area.flow(
                22, "timestamps-and-sack-options", "Segments with MSS, SACK-permitted, timestamps and SACK blocks.",
                tags: ["options"]
            ) { flow in
                let synOptions: [UInt8] = [2, 4, 5, 0xB4, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0]
                flow.segment(.client, "S", [], Flow.Options(tcpOptions: synOptions)); flow.advance(.client, by: 1)
                flow.segment(.server, "SA", [], Flow.Options(tcpOptions: synOptions)); flow.advance(.server, by: 1)
                flow.ack(.client)
                flow.send(.client, "with timestamps", Flow.Options(tcpOptions: [1, 1, 8, 10, 0, 0, 0, 2, 0, 0, 0, 1]))
                flow.send(.server, "with sack", Flow.Options(tcpOptions: [1, 1, 5, 10, 0, 0, 0x10, 0, 0, 0, 0x20, 0]))
            },
        ]
    }
}
