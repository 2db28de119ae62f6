import FollowCore
import Testing

/// Timestamps a damaged pcap can hold (shared crasher trap-search-time.pcap): a microsecond field
/// of a second or more reaches every place that prints or subtracts times.
@Suite("damaged timestamps")
struct HostileTimestampTests {
    /// One stream whose two data frames carry microsecond fields of 1.5 s and 4294.967295 s.
    private static func capture() throws -> SearchRunner {
        var connection = TestConnection()
        var capture = TestCapture()
        capture.append(connection.data(.client, "HTTP"))
        capture.append(connection.data(.client, "\u{0}\u{1}"))
        capture.setMicroseconds(1_500_000, ofRecord: 0)
        capture.setMicroseconds(4_294_967, ofRecord: 1)
        return try SearchRunner(capture)
    }

    @Test("search lines and JSON carry whole seconds out of the fraction, read as tshark reads it")
    func searchTimes() throws {
        let search = try Self.capture()
        defer { search.remove() }
        let lines = search.run(["-e", #"HTTP|\x00\x01"#])
        #expect(lines.status == 0 && lines.errors == [])
        #expect(lines.output.contains("frame 1 time 1700000001.500000000"))
        // 4,294,967,000 ns is −296 in tshark's `int`.
        #expect(lines.output.contains("frame 2 time 1699999999.999999704"))
        let json = try search.matches(["-e", "HTTP"])
        #expect(json.first?["time"] as? String == "1700000001.500000000")
    }

    @Test("every follow mode, the conversation table and -T fields read such a capture")
    func otherOutputs() throws {
        let search = try Self.capture()
        defer { search.remove() }
        for mode in ["ascii", "hex", "raw", "yaml", "ebcdic"] {
            #expect(!search.follow(mode, 0).isEmpty)
        }
        for arguments in [
            ["-q", "-z", "conv,tcp"], ["-T", "fields", "-e", "frame.time_epoch", "-e", "tcp.stream"],
        ] {
            let outcome = SwfollowCommand.run(["-r", search.path] + arguments)
            #expect(outcome.status == 0 && outcome.standardError.isEmpty && !outcome.standardOutput.isEmpty)
        }
    }
}
