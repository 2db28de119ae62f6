import FilterFixtures
import Testing

@testable import DisplayFilter

/// The `-T fields` line writer, checked against tshark's own strings.
struct FieldLineWriterTests {
    static let snapshots = SnapshotFrame.load().values.flatMap { $0 }.sorted {
        ($0.capture, $0.frame) < ($1.capture, $1.frame)
    }

    /// The line `names` give for `frame`, as text.
    static func line(
        _ names: [String], _ frame: some FieldProvider, options: FieldOutputOptions = FieldOutputOptions(),
        interface: FrameInterface? = nil
    ) throws -> String {
        let writer = FieldLineWriter(columns: try FieldColumns(names: names, options: options))
        var output: [UInt8] = []
        writer.appendLine(for: frame, interface: interface, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test("Every tshark -T fields value of the snapshots formats back to the same text")
    func snapshotRoundTrip() throws {
        #expect(Self.snapshots.count == 102)
        var checked = 0
        for frame in Self.snapshots {
            for (name, values) in frame.fields {
                let text = try Self.line([name], frame)
                #expect(text == values.joined(separator: ",") + "\n", "\(frame.capture) #\(frame.frame) \(name)")
                checked += 1
            }
            let names = frame.fields.keys.sorted()
            let all = try Self.line(names, frame)
            #expect(all == names.map { frame.fields[$0]!.joined(separator: ",") }.joined(separator: "\t") + "\n")
        }
        #expect(checked > 3000)
    }

    @Test("Fields absent from a frame give empty columns, protocols that never occur too")
    func absentFields() throws {
        let frame = try #require(Self.snapshots.first { $0.capture == "fmt_basic.pcap" && $0.frame == 1 })
        #expect(try Self.line(["ipv6.src", "frame.number", "tcp.payload", "ff", "vlan.id"], frame) == "\t1\t\t\t\n")
    }

    @Test(
        "Protocol names print tshark's summaries",
        arguments: [
            (
                "zeek__http-vlan-qinqinq.pcap", 2, ["frame", "vlan", "ip", "ipv6", "tcp"],
                "Frame 2: 86 bytes on wire (688 bits), 86 bytes captured (688 bits)\t"
                    + "802.1Q Virtual LAN, PRI: 0, DEI: 0, ID: 30,802.1Q Virtual LAN, PRI: 0, DEI: 0, ID: 20,"
                    + "802.1Q Virtual LAN, PRI: 0, DEI: 0, ID: 10\t"
                    + "Internet Protocol Version 4, Src: 192.150.187.43, Dst: 141.142.228.5\t\t"
                    + "Transmission Control Protocol, Src Port: 80, Dst Port: 59856, Seq: 0, Ack: 1, Len: 0\n"
            ),
            (
                "num_v4v6.pcap", 4, ["ip", "ipv6", "tcp"],
                "\tInternet Protocol Version 6, Src: 2001:db8::1, Dst: 2001:db8::2\t"
                    + "Transmission Control Protocol, Src Port: 40000, Dst Port: 80, Seq: 0, Len: 0\n"
            ),
            (
                "fmt_basic.pcap", 1, ["eth", "tcp"],
                "Ethernet II, Src: 00:00:00:00:00:01, Dst: 00:00:00:00:00:02\t"
                    + "Transmission Control Protocol, Src Port: 40000, Dst Port: 80, Seq: 0, Len: 0\n"
            ),
        ])
    func protocolSummaries(capture: String, number: Int, names: [String], expected: String) throws {
        let frame = try #require(Self.snapshots.first { $0.capture == capture && $0.frame == number })
        #expect(try Self.line(names, frame) == expected)
    }

    @Test("A pcapng frame names its interface")
    func frameInterface() throws {
        let frame = try #require(Self.snapshots.first { $0.capture == "fmt_basic.pcap" && $0.frame == 1 })
        let text = try Self.line(["frame"], frame, interface: FrameInterface(name: nil, id: 0))
        #expect(
            text == "Frame 1: 54 bytes on wire (432 bits), 54 bytes captured (432 bits) on interface unknown, id 0\n")
        let named = try Self.line(["frame"], frame, interface: FrameInterface(name: Array("eth0".utf8), id: 2))
        #expect(named.hasSuffix(" on interface eth0, id 2\n"))
        // tshark escapes a tab, newline or carriage return in the name, and nothing else.
        let odd = try Self.line(["frame"], frame, interface: FrameInterface(name: Array("a\tb\nc\rd\\e\u{1}".utf8), id: 3))
        #expect(odd.hasSuffix(" on interface a\\tb\\nc\\rd\\e\u{1}, id 3\n"))
    }

    @Test(
        "tcp.flags.str as tshark prints it (values seen on the shared corpus)",
        arguments: [
            (0x0002, "··········S·"), (0x0004, "·········R··"), (0x0011, "·······A···F"), (0x0025, "······U··R·F"),
            (0x0048, "·····E··P···"), (0x0099, "····C··AP··F"), (0x00FE, "····CEUAPRS·"), (0x0110, "···A···A····"),
            (0x0618, "·RR····AP···"), (0x0F14, "RRRA···A·R··"),
        ])
    func flagString(flags: Int, expected: String) throws {
        let frame = TableFrame(["tcp.flags": [.value(.unsigned(UInt32(flags)))]])
        #expect(
            try Self.line(["tcp.flags.str", "tcp.flags"], frame) == expected + "\t" + String(format: "0x%04x", flags)
                + "\n")
    }

    @Test("Edge values: IPv6 forms, extreme numbers, times")
    func edgeValues() throws {
        let cases: [(FieldValue, String, String)] = [
            (FieldValue.ipv6(high: 0, low: 0), "ipv6.src", "::"),
            (.ipv6(high: 0, low: 1), "ipv6.src", "::1"),
            (.ipv6(high: 0, low: 0xFFFF_0102_0304), "ipv6.src", "::ffff:1.2.3.4"),
            (.ipv6(high: 0x2001_0DB8_0000_0000, low: 0x0001_0000_0000_0001), "ipv6.src", "2001:db8::1:0:0:1"),
            (.ipv6(high: 0xFE80_0000_0000_0000, low: 0xFFFF_FFFF_FFFF_FFFF), "ipv6.src", "fe80::ffff:ffff:ffff:ffff"),
            (.ipv4(0xFFFF_FFFF), "ip.src", "255.255.255.255"), (.ipv4(0), "ip.dst", "0.0.0.0"),
            (.unsigned(4_294_967_295), "tcp.seq", "4294967295"), (.unsigned(0), "tcp.len", "0"),
            (.unsigned(0xFFFF), "tcp.flags", "0xffff"), (.unsigned(0x10000), "tcp.flags", "0x10000"),
            (.ether(0xFFFF_FFFF_FFFF), "eth.src", "ff:ff:ff:ff:ff:ff"), (.ether(0x0A), "eth.dst", "00:00:00:00:00:0a"),
            (.relativeTime(seconds: 0, nanoseconds: 1), "frame.time_epoch", "0.000000001"),
            (
                .relativeTime(seconds: 4_102_444_800, nanoseconds: 999_999_999), "frame.time_epoch",
                "4102444800.999999999"
            ),
            (.relativeTime(seconds: -1, nanoseconds: -500_000_000), "frame.time_epoch", "-1.500000000"),
            (.boolean(true), "tcp.flags.syn", "1"),
        ]
        for (value, name, expected) in cases {
            #expect(try Self.line([name], TableFrame([name: [.value(value)]])) == expected + "\n")
        }
    }

    @Test("Bytes print as lower-case hex; an empty payload prints nothing")
    func bytes() throws {
        #expect(
            try Self.line(["tcp.payload"], TableFrame(["tcp.payload": [.bytes([0x00, 0xAB, 0x7F])]])) == "00ab7f\n")
        #expect(try Self.line(["tcp.payload"], TableFrame(["tcp.payload": [.bytes([])]])) == "\n")
    }

    @Test("-E occurrence, aggregator, separator and quote (as tshark printed them for fmt_basic.pcap #1)")
    func layoutOptions() throws {
        let frame = try #require(Self.snapshots.first { $0.capture == "fmt_basic.pcap" && $0.frame == 1 })
        func line(_ settings: [String]) throws -> String {
            var options = FieldOutputOptions()
            for setting in settings { try options.apply(setting) }
            return try Self.line(["ip.src", "tcp.port", "ipv6.src"], frame, options: options)
        }
        #expect(try line([]) == "10.0.0.1\t40000,80\t\n")
        #expect(try line(["occurrence=f"]) == "10.0.0.1\t40000\t\n")
        #expect(try line(["occurrence=l"]) == "10.0.0.1\t80\t\n")
        #expect(try line(["aggregator=/s", "separator=/s"]) == "10.0.0.1 40000 80 \n")
        #expect(try line(["quote=d", "separator=,"]) == "\"10.0.0.1\",\"40000,80\",\n")
        #expect(try line(["quote=s", "occurrence=l"]) == "'10.0.0.1'\t'80'\t\n")
        #expect(try line(["==separator=x", "aggregator=/x"]) == "10.0.0.1r40000\\80r\n")
    }

    @Test("A repeated name fills only its last column; the header names every column")
    func repeatedNames() throws {
        let frame = try #require(Self.snapshots.first { $0.capture == "fmt_basic.pcap" && $0.frame == 1 })
        #expect(try Self.line(["ip.src", "tcp.port", "ip.src", "ip.src"], frame) == "\t40000,80\t\t10.0.0.1\n")
        var options = FieldOutputOptions()
        try options.apply("header=y")
        try options.apply("bom=y")
        try options.apply("separator=,")
        try options.apply("quote=d")
        let writer = FieldLineWriter(
            columns: try FieldColumns(names: ["ip.src", "tcp.port", "ip.src"], options: options))
        var output: [UInt8] = []
        writer.appendPreamble(to: &output)
        #expect(output == [0xEF, 0xBB, 0xBF] + Array("ip.src,tcp.port,ip.src\n".utf8))
    }
}
