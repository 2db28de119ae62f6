import FollowCore
import Foundation
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

/// Search over the conformance kit's capture of segments exactly 2³¹ past the next byte (the
/// fuzzer's search reproducer had the same shape: a 2 GiB view of a 32-byte payload).
@Suite("sequence numbers half the circle away")
struct HostileSequenceSearchTests {
    private static let capture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Conformance/cases/hostile/0001-sequence-half-circle-away/capture.pcap").path

    @Test("search sees the data around them, and nothing of them")
    func search() {
        let counts = SwfollowCommand.run(["search", "-r", Self.capture, "-c", "-e", "hello world|ok|XX"])
        #expect(counts.status == 0 && counts.standardError.isEmpty)
        #expect(String(decoding: counts.standardOutput, as: UTF8.self) == "0:2\n")
    }
}
