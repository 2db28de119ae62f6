import ConformanceKit

extension Catalog {
    /// Output formats and FOLLOW-RULES quirks: byte mapping, hex layout, YAML, Node 0 choice, ranges, several -z.
    static func output() -> [CaseSpec] {
        let area = AreaBuilder(area: "output", file: "OutputCases.swift")
        let seconds: UInt64 = 1_000_000_000
        let times: [UInt64] = [
            0, seconds / 2, seconds + 1, 1_700_000_000 * seconds + 123_456_789,
            1_700_000_000 * seconds + 999_999_999, 4_294_967_295 * seconds + 999_999_999,
        ]
        func timed(_ trace: Trace) {
            let flow = Flow(trace)
            flow.advance(.client, by: 1)
            for (index, time) in times.enumerated() {
                trace.clock = time
                flow.send(.client, "t\(index)")
            }
        }
        let multiStreams = [
            Invocations.z("follow,tcp,raw,0", name: "follow-raw-0"),
            Invocations.z("follow,tcp,raw,1", name: "follow-raw-1"),
        ]
        return [
            area.flow(
                1, "ascii-all-byte-values", "One record holding every byte value 0x00..0xFF.", tags: ["ascii", "hex"]
            ) { flow in
                flow.handshake(); flow.send(.server, (0...255).map { UInt8($0) }); flow.ack(.client)
            },
            area.flow(2, "ascii-line-endings", "Bare LF, CRLF, lone CR and TAB inside records.", tags: ["ascii"]) {
                flow in
                flow.handshake()
                flow.send(.client, "line1\nline2\r\nend"); flow.send(.server, "\n"); flow.send(.server, "cr\ronly\tTAB")
            },
            area.trace(
                3, "hex-offsets-per-node",
                "Several records per side: hex offsets run per direction, records start mid-line.",
                tags: ["hex", "records"],
                invocations: Invocations.follow(streams: [0], modes: Invocations.modes + ["ebcdic"])
            ) { trace in
                multiRecords(Flow(trace))
            },
            area.flow(
                4, "hex-trailing-space-rule",
                "Lines ending in a space, lines of exactly 8 bytes, 9 and 17 bytes: the trailing-space rule.",
                tags: ["hex"]
            ) { flow in
                flow.handshake()
                for text in [
                    "ends wit h space", "1234567 ", "ab", "exactly8", "nine byte", "seventeen bytes!!", "x ",
                    "sixteen bytes xx", "15 bytes ending ",
                ] {
                    flow.send(.client, text)
                }
            },
            area.trace(
                5, "yaml-timestamps-nsec",
                "YAML timestamps with double rounding, from a nanosecond pcap (0 s … 2^32-1 s).",
                tags: ["yaml", "time"], format: .pcap(.nanoseconds), timed),
            area.trace(
                6, "yaml-timestamps-usec", "The same times from a microsecond pcap.", tags: ["yaml", "time"], timed),
            area.flow(
                7, "yaml-base64-wrap", "Records of 57, 58, 114, 1, 2 and 3 bytes: base64 lines of 57 input bytes.",
                tags: ["yaml"]
            ) { flow in
                flow.handshake()
                for count in [57, 58, 114, 1, 2, 3] {
                    flow.send(.client, (0..<count).map { UInt8(truncatingIfNeeded: 0x41 + $0) })
                }
            },
            area.flow(
                8, "large-segment", "One 5000-byte segment: raw mode keeps it on one line.", tags: ["raw", "large"]
            ) { flow in
                flow.handshake(); flow.send(.client, (0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7) });
                flow.ack(.server)
            },
            area.flow(
                9, "node0-synack-first", "The capture starts with the server's SYN/ACK: the server is Node 0.",
                tags: ["node0"]
            ) { flow in
                flow.advance(.client, by: 1)
                flow.synAck(); flow.ack(.client)
                flow.send(.client, "request"); flow.send(.server, "response"); flow.close()
            },
            area.flow(
                10, "node0-server-ack-first",
                "Mid-connection start with a pure ACK from the server: the server is Node 0.",
                tags: ["node0", "midstream"]
            ) { flow in
                flow.advance(.client, by: 1); flow.advance(.server, by: 1)
                flow.ack(.server); flow.send(.client, "client-data"); flow.send(.server, "server-data")
            },
            area.flow(
                11, "node0-server-data-first", "Mid-connection start with server data.", tags: ["node0", "midstream"]
            ) { flow in
                flow.advance(.client, by: 1); flow.advance(.server, by: 1)
                flow.send(.server, "server speaks first"); flow.send(.client, "client answers")
            },
            area.flow(
                12, "node0-banner", "Full handshake, the server sends first (a banner): Node 0 is still the client.",
                tags: ["node0"]
            ) { flow in
                flow.handshake(); flow.send(.server, "220 banner\r\n"); flow.send(.client, "HELO x\r\n"); flow.close()
            },
            area.flow(
                13, "ebcdic-mode", "The ebcdic mode of 4.0 over text and binary records.", tags: ["ebcdic"],
                invocations: Invocations.follow(streams: [0], modes: ["ebcdic"]), Scenarios.basic),
            area.trace(
                14, "range-single-record", "RANGE 2 shows record 2 only, at its running hex offset.", tags: ["range"],
                invocations: Invocations.follow(filter: "0,2", label: "0-range-2")
            ) { multiRecords(Flow($0)) },
            area.trace(
                15, "range-span", "RANGE 2-5 across both nodes.", tags: ["range"],
                invocations: Invocations.follow(filter: "0,2-5", label: "0-range-2-5")
            ) { multiRecords(Flow($0)) },
            area.trace(
                16, "range-past-end", "RANGE 100: an empty block.", tags: ["range"],
                invocations: Invocations.follow(filter: "0,100", label: "0-range-100")
            ) { multiRecords(Flow($0)) },
            area.trace(
                17, "range-max-unsigned", "RANGE 3--1: -1 reads as 4294967295 (%u), so records 3 to the end.",
                tags: ["range"], invocations: Invocations.follow(filter: "0,3--1", label: "0-range-3-max")
            ) { multiRecords(Flow($0)) },
            area.trace(
                18, "several-z-reverse-order", "Two -z follow options: the last one is printed first.",
                tags: ["multi-z"], streams: [0, 1],
                extra: [
                    Invocation(
                        name: "two-z",
                        args: ["-r", "{capture}", "-q", "-z", "follow,tcp,raw,0", "-z", "follow,tcp,raw,1"])
                ]
            ) { twoStreams($0) },
            area.trace(
                19, "several-z-three-modes", "Three -z options in three modes, printed in reverse order.",
                tags: ["multi-z"],
                invocations: multiStreams + [
                    Invocation(
                        name: "three-z",
                        args: [
                            "-r", "{capture}", "-q", "-z", "follow,tcp,raw,1", "-z", "follow,tcp,ascii,0", "-z",
                            "follow,tcp,yaml,1",
                        ])
                ]
            ) { twoStreams($0) },
            area.trace(
                20, "several-z-same", "The same -z twice prints two identical blocks.", tags: ["multi-z"],
                invocations: [
                    multiStreams[0],
                    Invocation(
                        name: "same-z-twice",
                        args: ["-r", "{capture}", "-q", "-z", "follow,tcp,hex,0", "-z", "follow,tcp,hex,0"]),
                ]
            ) { twoStreams($0) },
            area.flow(
                21, "nonexistent-index", "Stream 7 does not exist: Node lines :0 and no records.", tags: ["empty"],
                streams: [7], Scenarios.basic),
            area.flow(
                22, "index-spellings",
                "Index forms ' 0', '+0', '00', '-0', 4294967296 (= 0) and 99999999999 (truncated).", tags: ["index"],
                invocations: [
                    (" 0", "space"), ("+0", "plus"), ("00", "zeros"), ("-0", "minus-zero"), ("4294967296", "2p32"),
                    ("99999999999", "big"),
                ].map {
                    Invocations.z("follow,tcp,ascii,\($0.0)", name: "follow-ascii-\($0.1)")
                }, Scenarios.basic),
            area.flow(
                23, "option-spellings", "-q -z, -qz and -zSPEC spellings give the same output.", tags: ["cli"],
                invocations: [
                    Invocation(name: "q-z", args: ["-r", "{capture}", "-q", "-z", "follow,tcp,ascii,0"]),
                    Invocation(name: "qz", args: ["-r", "{capture}", "-qz", "follow,tcp,ascii,0"]),
                    Invocation(name: "q-zjoined", args: ["-q", "-r", "{capture}", "-zfollow,tcp,ascii,0"]),
                ], Scenarios.basic),
        ]
    }

    /// Client 10+7+20 bytes, server 57, 58, 114 bytes, then 1, all 256 values, mixed line ends.
    static func multiRecords(_ flow: Flow) {
        flow.handshake()
        flow.send(.client, "0123456789"); flow.send(.client, "abcdefg"); flow.send(.client, "ABCDEFGHIJKLMNOPQRST")
        flow.ack(.server)
        flow.send(.server, (0..<57).map { UInt8(0x41 + $0) })
        flow.send(.server, [UInt8](repeating: UInt8(ascii: "x"), count: 58))
        flow.send(.server, [UInt8](repeating: UInt8(ascii: "y"), count: 114))
        flow.ack(.client)
        flow.send(.client, "Z")
        flow.send(.server, (0...255).map { UInt8($0) })
        flow.send(.client, "line1\nline2\r\nend")
        flow.send(.server, "\n")
        flow.close()
    }

    /// Two short connections on client ports 40000 and 40001.
    static func twoStreams(_ trace: Trace) {
        Scenarios.hello(Flow(trace), "first stream", "one")
        Scenarios.hello(Flow(trace, client: ("10.0.0.1", 40001)), "second stream", "two")
    }
}
