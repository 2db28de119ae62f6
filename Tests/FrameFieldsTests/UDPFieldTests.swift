import CaptureFile
import DisplayFilter
import Foundation
import FrameFields
import Testing

/// UDP fields of crafted frames, as tshark 4.0.17 shows them: a plain datagram, a length below 8,
/// a length of 8, headers the snap length cut, a datagram quoted in an ICMP error, VXLAN (two
/// UDP layers) and a zero checksum. The expected values and lines are tshark's, printed with
/// `-T fields` on the same bytes.
struct UDPFieldTests {
    static let hello = Array("hello world!".utf8)

    /// The frames and how many of their bytes were captured (nil: all).
    static let frames: [(bytes: [UInt8], captured: Int?)] = {
        let client: UInt32 = 0x0A00_0001
        let server: UInt32 = 0x0A00_0002
        let quoted = ipv4(protocol: 17, from: server, to: client, udp(2000, 2001, hello))
        let inner = ethernet(ipv4(protocol: 17, from: 0xC0A8_0001, to: 0xC0A8_0002, udp(5000, 5001, hello)))
        let vxlanHeader: [UInt8] = [0x08, 0, 0, 0, 0, 0, 0x01, 0]
        return [
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(1000, 53, hello))), nil),
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(1001, 53, hello, length: 4))), nil),
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(1002, 53, []))), nil),
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(1003, 53, hello))), 14 + 20 + 5),
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(1006, 53, hello))), 14 + 20 + 8),
            (ethernet(ipv4(protocol: 1, from: client, to: server, [3, 3, 0, 0, 0, 0, 0, 0] + quoted.prefix(32))), nil),
            (ethernet(ipv4(protocol: 17, from: client, to: server, udp(40000, 4789, vxlanHeader + inner))), nil),
            (ethernet(ipv4(protocol: 17, from: server, to: client, udp(53, 1000, hello, checksum: 0))), nil),
        ]
    }()

    /// `tshark -T fields -e frame.number -e udp.srcport -e udp.dstport -e udp.port -e udp.length
    /// -e udp.checksum -e udp.stream -e udp.payload -e udp` on ``frames``.
    static let tsharkLines = [
        "1\t1000\t53\t1000,53\t20\t0x1234\t0\t68656c6c6f20776f726c6421\t"
            + "User Datagram Protocol, Src Port: 1000, Dst Port: 53",
        "2\t1001\t53\t1001,53\t4\t\t\t\tUser Datagram Protocol, Src Port: 1001, Dst Port: 53",
        "3\t1002\t53\t1002,53\t8\t0x1234\t1\t\tUser Datagram Protocol, Src Port: 1002, Dst Port: 53",
        "4\t1003\t53\t1003,53\t\t\t\t\tUser Datagram Protocol, Src Port: 1003, Dst Port: 53",
        "5\t1006\t53\t1006,53\t20\t0x1234\t2\t\tUser Datagram Protocol, Src Port: 1006, Dst Port: 53",
        "6\t2000\t2001\t2000,2001\t20\t0x1234\t3\t68656c6c\tUser Datagram Protocol, Src Port: 2000, Dst Port: 2001",
        "7\t40000,5000\t4789,5001\t40000,4789,5000,5001\t70,20\t0x1234,0x1234\t4,5\t"
            + "080000000000010000010203040500060708090a080045000028000100004011f970c0a80001c0a80002"
            + "138813890014123468656c6c6f20776f726c6421,68656c6c6f20776f726c6421\t"
            + "User Datagram Protocol, Src Port: 40000, Dst Port: 4789,"
            + "User Datagram Protocol, Src Port: 5000, Dst Port: 5001",
        "8\t53\t1000\t53,1000\t20\t0x0000\t0\t68656c6c6f20776f726c6421\t"
            + "User Datagram Protocol, Src Port: 53, Dst Port: 1000",
    ]

    @Test func fieldLinesAsTshark() throws {
        let names = [
            "frame.number", "udp.srcport", "udp.dstport", "udp.port", "udp.length", "udp.checksum", "udp.stream",
            "udp.payload", "udp",
        ]
        let writer = FieldLineWriter(columns: try FieldColumns(names: names))
        var lines: [String] = []
        try Self.forEachFrame { frame in
            var output: [UInt8] = []
            writer.appendLine(for: frame, to: &output)
            lines.append(String(decoding: output.dropLast(), as: UTF8.self))
        }
        #expect(lines == Self.tsharkLines)
    }

    @Test func valuesAndLayersAsTshark() throws {
        let expected: [UInt64: [String: [String]]] = [
            1: ["udp.length": ["20 #1"], "udp.checksum": ["4660 #1"], "udp.stream": ["0 #1"]],
            2: ["udp.length": ["4 #1"], "udp.checksum": [], "udp.stream": [], "udp.payload": []],
            3: ["udp.length": ["8 #1"], "udp.stream": ["1 #1"], "udp.payload": []],
            4: ["udp.port": ["1003 #1", "53 #1"], "udp.length": [], "udp.checksum": [], "udp.stream": []],
            5: ["udp.checksum": ["4660 #1"], "udp.stream": ["2 #1"], "udp.payload": []],
            6: ["udp.srcport": ["2000 #1"], "udp.stream": ["3 #1"], "udp.payload": ["bytes 68656c6c #1"]],
            7: [
                "udp.dstport": ["4789 #1", "5001 #2"], "udp.stream": ["4 #1", "5 #2"],
                "udp.length": ["70 #1", "20 #2"],
            ],
            8: ["udp.checksum": ["0 #1"], "udp.stream": ["0 #1"]],
        ]
        var seen = 0
        try Self.forEachFrame { frame in
            guard let fields = expected[frame.number] else { return }
            seen += 1
            for (name, values) in fields {
                let field = try #require(FieldRegistry.standard.field(named: name))
                #expect(FieldValueText.values(of: field, in: frame) == values, "frame \(frame.number) \(name)")
            }
        }
        #expect(seen == expected.count)
    }

    @Test func filtersMatchAnyOccurrence() throws {
        let verdicts = [
            "udp.port == 53": [1, 2, 3, 4, 5, 8], "udp.stream == 5": [7], "udp.checksum == 0": [8],
            "udp && !udp.checksum": [2, 4], "udp.payload": [1, 6, 7, 8], "udp.srcport#2 == 5000": [7],
        ]
        for (text, frames) in verdicts {
            let filter = try DisplayFilter(compiling: text)
            var matched: [UInt64] = []
            try Self.forEachFrame { frame in
                if filter.matches(frame) { matched.append(frame.number) }
            }
            #expect(matched == frames.map(UInt64.init), "\(text)")
        }
    }

    /// Writes ``frames`` to a temporary pcap file and reads them back through ``FrameFieldReader``.
    private static func forEachFrame(_ body: (FrameFieldReader.Frame) throws -> Void) throws {
        var file: [UInt8] = le32(0xA1B2_C3D4) + le16(2) + le16(4) + le32(0) + le32(0) + le32(65535) + le32(1)
        for (index, frame) in frames.enumerated() {
            let captured = frame.bytes.prefix(frame.captured ?? frame.bytes.count)
            file += le32(UInt32(1000 + index)) + le32(0) + le32(UInt32(captured.count))
            file += le32(UInt32(frame.bytes.count)) + captured
        }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("swfollow-udp-\(UUID().uuidString).pcap")
        try Data(file).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = FrameFieldReader(reader: try CaptureReader(path: url.path))
        while try reader.next() {
            try body(reader.frame)
        }
    }

    private static func udp(
        _ source: UInt16, _ destination: UInt16, _ payload: [UInt8], length: UInt16? = nil, checksum: UInt16 = 0x1234
    ) -> [UInt8] {
        be16(source) + be16(destination) + be16(length ?? UInt16(8 + payload.count)) + be16(checksum) + payload
    }

    /// An IPv4 header (no options, identification 1, TTL 64, checksum computed) and `payload`.
    private static func ipv4(protocol number: UInt8, from source: UInt32, to destination: UInt32, _ payload: [UInt8])
        -> [UInt8]
    {
        var header = [0x45, 0] + be16(UInt16(20 + payload.count)) + [0, 1, 0, 0, 64, number, 0, 0]
        header += be32(source) + be32(destination)
        var sum: UInt32 = 0
        for index in stride(from: 0, to: 20, by: 2) { sum += UInt32(header[index]) << 8 | UInt32(header[index + 1]) }
        while sum > 0xFFFF { sum = (sum & 0xFFFF) + (sum >> 16) }
        header.replaceSubrange(10..<12, with: be16(~UInt16(sum)))
        return header + payload
    }

    private static func ethernet(_ payload: [UInt8]) -> [UInt8] {
        [0, 1, 2, 3, 4, 5, 0, 6, 7, 8, 9, 10, 0x08, 0x00] + payload
    }

    private static func be16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    private static func be32(_ value: UInt32) -> [UInt8] { be16(UInt16(value >> 16)) + be16(UInt16(value & 0xFFFF)) }
    private static func le16(_ value: UInt16) -> [UInt8] { be16(value).reversed() }
    private static func le32(_ value: UInt32) -> [UInt8] { be32(value).reversed() }
}
