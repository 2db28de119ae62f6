import ConformanceKit

/// Deliberate differences of swfollow from tshark, recorded in the cases they affect.
enum Divergences {
    /// tshark lists its hundreds of statistics taps after an unknown `-z`; swfollow lists its own.
    static let tapList = [
        "swfollow": "an unknown -z name lists swfollow's statistics, not tshark's hundreds of taps (README)"
    ]
}

extension Catalog {
    /// Every follow argument error tshark 4.0.17 prints (FOLLOW-RULES R1.1–R1.6), one case each.
    static func commandLine() -> [CaseSpec] {
        let area = AreaBuilder(area: "cli", file: "CommandLineCases.swift")
        let capture = Scenarios.basicCapture()
        let long80 = String(repeating: "0", count: 75)
        let long84 = String(repeating: "0", count: 86)
        let table: [(String, String, String)] = [
            ("mode-utf8", "follow,tcp,utf-8,0", "utf-8 is not a 4.0 mode: Invalid display mode."),
            ("mode-upper-case", "follow,tcp,ASCII,0", "Modes are case-sensitive."),
            (
                "mode-prefix-then-junk", "follow,tcp,asciiz,0",
                "asciiz matches ascii by prefix, then z,0 fails as an address."
            ),
            ("mode-missing", "follow,tcp", "No mode at all."),
            ("mode-empty", "follow,tcp,", "An empty mode."),
            (
                "protocol-prefix", "follow,tcpx,ascii,0",
                "follow,tcpx reaches the tcp handler by prefix and fails on the mode."
            ),
            ("protocol-unknown", "follow,foo,ascii,0", "An unregistered follow protocol: the -z list is printed."),
            ("filter-missing", "follow,tcp,ascii", "Mode without a filter."),
            ("filter-empty", "follow,tcp,ascii,", "An empty filter."),
            ("index-negative", "follow,tcp,ascii,-1", "A negative index: Error registering tap listener."),
            ("index-2p31", "follow,tcp,ascii,2147483648", "2^31 truncates to a negative index."),
            ("index-2p32-minus-1", "follow,tcp,ascii,4294967295", "2^32-1 truncates to -1."),
            ("index-huge", "follow,tcp,ascii,99999999999999999999", "Past 2^63 saturates, then truncates to -1."),
            ("index-hex", "follow,tcp,ascii,0x1", "0x1 is not an index; as an address it is invalid."),
            ("address-one-item", "follow,tcp,ascii,10.0.0.1:40000", "Only one ADDR:PORT item."),
            ("port-zero", "follow,tcp,ascii,10.0.0.1:0,10.0.0.2:80", "Port 0: Invalid port."),
            ("port-65536", "follow,tcp,ascii,10.0.0.1:65536,10.0.0.2:80", "Port 65536: Invalid port."),
            ("port-negative", "follow,tcp,ascii,10.0.0.1:-5,10.0.0.2:80", "A negative port."),
            (
                "address-mixed-families", "follow,tcp,ascii,10.0.0.1:40000,[::1]:80",
                "IPv4 and IPv6 items: Mismatched IP address types."
            ),
            ("ipv6-without-brackets", "follow,tcp,ascii,::1:40000,::2:80", "IPv6 without brackets: Invalid address."),
            ("ipv4-octet-300", "follow,tcp,ascii,10.0.0.300:40000,10.0.0.2:80", "An octet above 255."),
            ("ipv4-two-parts", "follow,tcp,ascii,10.1:40000,10.0.0.2:80", "A shortened dotted quad."),
            ("ipv4-leading-zeros", "follow,tcp,ascii,010.000.000.001:40000,10.0.0.2:80", "Leading zeros are refused."),
            ("ipv4-host-name", "follow,tcp,ascii,localhost:40000,10.0.0.2:80", "Host names are never resolved."),
            (
                "ipv4-in-brackets", "follow,tcp,hex,[10.0.0.1]:40000,[10.0.0.2]:80",
                "IPv4 inside brackets: Can't get IPv6 address."
            ),
            ("ipv6-zone", "follow,tcp,hex,[fe80::1%eth0]:80,[::1]:80", "An IPv6 zone index."),
            (
                "ipv6-over-80-chars", "follow,tcp,ascii,[\(long84)::1]:80,[::1]:80",
                "Bracket text over 80 characters: Invalid address."
            ),
            (
                "ipv6-80-chars-bad", "follow,tcp,ascii,[\(long80)::1]:80,[::1]:80",
                "80 characters that are not an address."
            ),
            (
                "ipv4-over-80-chars", "follow,tcp,ascii,\(long84)10.0.0.1:80,10.0.0.2:80",
                "IPv4 text over 80 characters."
            ),
            ("range-zero", "follow,tcp,ascii,0,0", "RANGE 0: Invalid range value."),
            ("range-reversed", "follow,tcp,ascii,0,3-2", "RANGE 3-2: Invalid range value."),
            ("range-not-number", "follow,tcp,ascii,0,x", "RANGE x: Invalid range."),
            ("range-empty", "follow,tcp,ascii,0,", "An empty RANGE."),
            ("range-open-end", "follow,tcp,ascii,0,2-", "RANGE 2-: Invalid parameter."),
            ("range-trailing-junk", "follow,tcp,ascii,0,1-2x", "Junk after the range."),
            ("range-extra-field", "follow,tcp,ascii,0,1,2", "A field after the range."),
            (
                "address-range-not-number", "follow,tcp,ascii,10.0.0.1:40000,10.0.0.2:80,x",
                "An address pair with RANGE x."
            ),
        ]
        var cases = table.enumerated().map { index, row in
            area.file(
                index + 1, row.0, row.2, tags: ["cli", "error"], captureName: "capture.pcap", bytes: capture,
                invocations: [Invocations.z(row.1, name: "error")],
                divergence: row.1.hasPrefix("follow,foo") ? Divergences.tapList : nil)
        }
        cases.append(
            area.file(
                table.count + 1, "second-z-bad", "A good -z and a bad one: the bad one aborts the whole run.",
                tags: ["cli", "error", "multi-z"], captureName: "capture.pcap", bytes: capture,
                invocations: [
                    Invocation(
                        name: "error",
                        args: ["-r", "{capture}", "-q", "-z", "follow,tcp,hex,0", "-z", "follow,tcp,bad,0"])
                ]))
        return cases
    }

    /// Unreadable, truncated and empty files, and the order of file and argument errors (R1.7, §1.3).
    static func fileErrors() -> [CaseSpec] {
        let area = AreaBuilder(area: "file-errors", file: "CommandLineCases.swift")
        let capture = Scenarios.basicCapture()
        let pcapng: [UInt8] = {
            let trace = Trace()
            Scenarios.basic(Flow(trace))
            return CaptureFormat.pcapng(interfaces: [.init(linkType: 1)]).encode(trace)
        }()
        let ascii = [Invocations.z("follow,tcp,ascii,0", name: "follow-ascii-0")]
        let badMode = [Invocations.z("follow,tcp,bad,0", name: "bad-mode")]
        var corruptLength = capture
        corruptLength.replaceSubrange(24 + 8..<24 + 16, with: [0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F])
        return [
            area.file(
                1, "missing-file", "The capture does not exist.", tags: ["file"], captureName: "missing.pcap",
                bytes: nil, invocations: ascii),
            area.file(
                2, "not-a-capture", "A text file.", tags: ["file"], captureName: "capture.txt",
                bytes: Array("this is not a capture file\n".utf8), invocations: ascii),
            area.file(
                3, "truncated-file-header", "Only 10 bytes of the pcap header.", tags: ["file", "truncated"],
                captureName: "capture.pcap", bytes: Array(capture.prefix(10)), invocations: ascii),
            area.file(
                4, "truncated-last-record",
                "The last record is cut: the follow output is printed, then the error, exit 2.",
                tags: ["file", "truncated"], captureName: "capture.pcap", bytes: Array(capture.dropLast(20)),
                invocations: Invocations.follow()),
            area.file(
                5, "empty-file", "A 0-byte file opens and gives an empty follow block.", tags: ["file", "empty"],
                captureName: "capture.pcap", bytes: [], invocations: Invocations.follow()),
            area.file(
                6, "header-only", "A pcap global header and no records.", tags: ["file", "empty"],
                captureName: "capture.pcap", bytes: Array(capture.prefix(24)), invocations: Invocations.follow()),
            area.file(
                7, "missing-file-bad-mode", "A missing file and a bad mode: the file error wins (exit 2).",
                tags: ["file", "order"], captureName: "missing.pcap", bytes: nil, invocations: badMode),
            area.file(
                8, "not-a-capture-bad-mode", "A text file and a bad mode: the file error wins.",
                tags: ["file", "order"], captureName: "capture.txt", bytes: Array("plain text\n".utf8),
                invocations: badMode),
            area.file(
                9, "empty-file-bad-mode", "An empty file opens, so its bad mode is reported.", tags: ["file", "order"],
                captureName: "capture.pcap", bytes: [], invocations: badMode),
            area.file(
                10, "missing-file-unknown-protocol", "An unknown -z is rejected before the file is opened.",
                tags: ["file", "order"], captureName: "missing.pcap", bytes: nil,
                invocations: [Invocations.z("follow,foo,ascii,0", name: "unknown-protocol")],
                divergence: Divergences.tapList),
            area.file(
                11, "truncated-pcapng-block", "A pcapng file cut inside its last block.",
                tags: ["file", "truncated", "pcapng"], captureName: "capture.pcapng", bytes: Array(pcapng.dropLast(30)),
                invocations: Invocations.follow()),
            area.file(
                12, "truncated-gzip", "A gzip-compressed pcap cut short.", tags: ["file", "truncated", "gzip"],
                captureName: "capture.pcap.gz", bytes: Array(Gzip.stored(capture).dropLast(40)), invocations: ascii),
            area.file(
                13, "random-bytes", "Sixty-four bytes of binary junk.", tags: ["file"], captureName: "capture.bin",
                bytes: (0..<64).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }, invocations: ascii),
            area.file(
                14, "record-length-too-big", "The first record claims 2 GiB of captured bytes.",
                tags: ["file", "corrupt"], captureName: "capture.pcap", bytes: corruptLength, invocations: ascii),
            area.file(
                15, "pcapng-bad-block-length", "A pcapng block whose trailing length does not match.",
                tags: ["file", "corrupt", "pcapng"], captureName: "capture.pcapng", bytes: badTrailer(pcapng),
                invocations: ascii),
        ]
    }

    /// Corrupts the trailing length word of the last pcapng block.
    private static func badTrailer(_ file: [UInt8]) -> [UInt8] {
        var copy = file
        copy[copy.count - 4] ^= 0x40
        return copy
    }
}
