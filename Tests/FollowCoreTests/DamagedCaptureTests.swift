import FollowCore
import Foundation
import TestSupport
import Testing

/// Damaged captures through every display-filter path: each run ends with a status (0, 1 or 2),
/// never a trap. A trap would stop the test process, so reaching the end is the test; the
/// statuses are checked too.
@Suite("damaged captures through filters, fields and tables")
struct DamagedCaptureTests {
    /// Every field swfollow prints, and the tables and filters that compute on them.
    static let runs: [[String]] = [
        ["-T", "fields", "-E", "header=y", "-z", "conv,tcp"]
            + [
                "frame", "frame.number", "frame.time_epoch", "frame.len", "frame.cap_len", "vlan", "vlan.id", "ip",
                "ip.src", "ip.addr", "ip.proto", "ip.ttl", "ip.len", "ip.flags.mf", "ip.frag_offset", "ipv6",
                "ipv6.addr", "ipv6.nxt", "ipv6.hlim", "tcp", "tcp.port", "tcp.stream", "tcp.seq", "tcp.ack",
                "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.flags", "tcp.flags.str", "tcp.window_size_value",
                "tcp.payload",
            ].flatMap { ["-e", $0] },
        ["-q", "-2", "-R", #"tcp.payload matches "a.b" || ip.len > 100"#, "-z", "follow,tcp,yaml,0"],
        [
            "-q", "-T", "fields", "-e", "frame.number", "-Y",
            "frame.time_epoch + 1 > frame.time_epoch || tcp.len * 2 > 9",
        ],
        ["-q", "-z", "conv,tcp,tcp.len > 0", "--streams", "tcp.flags.syn", "--mode", "hex"],
    ]

    /// A small capture: two connections with data, one reordered segment.
    static func capture() -> [UInt8] {
        var capture = TestCapture()
        var first = TestConnection()
        var second = TestConnection(client: (0x0A00_0003, 40001))
        first.handshake().forEach { capture.append($0) }
        second.handshake().forEach { capture.append($0) }
        let late = first.data(.client, "hello a-b world")
        capture.append(second.data(.server, "abc"))
        capture.append(first.data(.client, "more"))
        capture.append(late)
        capture.append(first.fin(.client))
        return capture.fileBytes
    }

    @Test("300 damaged copies: random bytes changed (record headers too) or the file cut short")
    func damagedCopies() throws {
        let original = Self.capture()
        var random = SplitMix64(seed: 0x5EED_F17E)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swfollow-damaged-\(UUID()).pcap")
        defer { try? FileManager.default.removeItem(at: url) }
        var statuses: Set<Int32> = []
        for _ in 0..<300 {
            var bytes = original
            for _ in 0...random.next(upTo: 30) {
                bytes[24 + random.next(upTo: bytes.count - 24)] = UInt8(truncatingIfNeeded: random.next())
            }
            if random.next(upTo: 4) == 0 { bytes.removeLast(random.next(upTo: bytes.count - 24)) }
            try Data(bytes).write(to: url)
            for arguments in Self.runs {
                let outcome = SwfollowCommand.run(["-r", url.path] + arguments)
                #expect([0, 1, 2].contains(outcome.status), "\(arguments)")
                statuses.insert(outcome.status)
            }
        }
        #expect(statuses.contains(0) && statuses.contains(2))
    }
}
