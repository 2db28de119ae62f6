import FollowCore
import Foundation
import Testing

/// The first-printed block streams out while the capture is read: what the sink receives followed
/// by the outcome's standard output must be exactly the buffered run's output, also when the
/// capture is cut short (stdout first, then the error).
@Suite("Streamed output")
struct StreamedOutputTests {
    /// One client → server connection: a handshake, then `segments` segments of 1,000 bytes each.
    private static func capture(segments: Int) -> [UInt8] {
        var capture = TestCapture()
        var connection = TestConnection()
        connection.handshake().forEach { capture.append($0) }
        for index in 1...segments {
            capture.append(connection.data(.client, [UInt8](repeating: UInt8(0x41 + index % 26), count: 1_000)))
        }
        return capture.fileBytes
    }

    private static func write(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("swfollow-streamed-\(UUID()).pcap")
        try Data(bytes).write(to: url)
        return url
    }

    /// Whether the streamed pieces and the streamed outcome's rest are the buffered output (a
    /// `Bool`, so that a failure does not print both outputs byte by byte).
    private static func same(
        _ pieces: [[UInt8]], _ streamed: SwfollowCommand.Outcome, as buffered: SwfollowCommand.Outcome
    ) -> Bool {
        Array(pieces.joined()) + streamed.standardOutput == buffered.standardOutput
    }

    /// The buffered outcome, and the streamed pieces with the streamed outcome.
    private static func bothWays(
        _ arguments: [String]
    ) -> (SwfollowCommand.Outcome, [[UInt8]], SwfollowCommand.Outcome) {
        let buffered = SwfollowCommand.run(arguments)
        var pieces: [[UInt8]] = []
        let streamed = SwfollowCommand.run(arguments) { pieces.append(Array($0)) }
        return (buffered, pieces, streamed)
    }

    @Test("one long stream: pieces of at least 64 KiB, then the rest, add up to the buffered output")
    func longStream() throws {
        let url = try Self.write(Self.capture(segments: 300))
        defer { try? FileManager.default.removeItem(at: url) }
        for mode in ["ascii", "hex", "yaml"] {
            let (buffered, pieces, streamed) = Self.bothWays(["-r", url.path, "-q", "-z", "follow,tcp,\(mode),0"])
            #expect(buffered.status == 0 && streamed.status == 0)
            #expect(pieces.count >= 2)
            // Pieces handed on while reading are at least a chunk; the rest comes at the end.
            #expect(pieces.dropLast().allSatisfy { $0.count >= FollowPipeline.streamingChunk })
            #expect(Self.same(pieces, streamed, as: buffered), "streamed output differs")
            #expect(buffered.standardOutput.count > 300_000)
        }
    }

    @Test("several blocks: only the last -z streams, and the order stays tshark's")
    func severalBlocks() throws {
        let url = try Self.write(Self.capture(segments: 200))
        defer { try? FileManager.default.removeItem(at: url) }
        let arguments = ["-r", url.path, "-q", "-z", "follow,tcp,raw,0", "-z", "follow,tcp,ascii,0,2-150"]
        let (buffered, pieces, streamed) = Self.bothWays(arguments)
        #expect(!pieces.isEmpty)
        #expect(Self.same(pieces, streamed, as: buffered), "streamed output differs")
        #expect(String(decoding: buffered.standardOutput.prefix(200), as: UTF8.self).contains("Follow: tcp,ascii"))
    }

    @Test("a capture cut short: the same bytes, then the same error and status")
    func cutShort() throws {
        let whole = Self.capture(segments: 300)
        let url = try Self.write(Array(whole.prefix(whole.count - 500)))
        defer { try? FileManager.default.removeItem(at: url) }
        let (buffered, pieces, streamed) = Self.bothWays(["-r", url.path, "-q", "-z", "follow,tcp,ascii,0"])
        #expect(buffered.status == 2 && streamed.status == 2)
        #expect(streamed.standardError == buffered.standardError)
        #expect(buffered.standardError.contains("cut short in the middle of a packet"))
        #expect(!pieces.isEmpty)
        #expect(Self.same(pieces, streamed, as: buffered), "streamed output differs")
    }

    @Test("search output streams too: text, JSON and --follow add up to the buffered output")
    func searchStreams() throws {
        let url = try Self.write(Self.capture(segments: 300))
        defer { try? FileManager.default.removeItem(at: url) }
        for output in [[], ["--json"], ["--follow", "hex"]] {
            let arguments = ["search", "-r", url.path, "-e", "[A-Z]{50}"] + output
            let (buffered, pieces, streamed) = Self.bothWays(arguments)
            #expect(buffered.status == 0 && streamed.status == 0)
            #expect(pieces.count >= 2, "\(output)")
            #expect(Self.same(pieces, streamed, as: buffered), "streamed output differs for \(output)")
        }
    }

    @Test("search --follow: blocks in stream order while a long first stream outlives later ones")
    func searchFollowOrder() throws {
        var capture = TestCapture()
        var connections = (0..<4).map { TestConnection(client: (0x0A00_0001, UInt16(40000 + $0))) }
        // Stream 0 opens first and ends last; 1 to 3 run and end in between, 3 before 2.
        for index in 0..<4 { connections[index].handshake().forEach { capture.append($0) } }
        for round in 0..<200 {
            capture.append(connections[0].data(.client, [UInt8](repeating: 0x61, count: 500)))
            if round < 100 { capture.append(connections[1].data(.server, "key=\(round);")) }
            if round < 150 { capture.append(connections[2].data(.client, "key=\(round) and more")) }
            if round < 50 { capture.append(connections[3].data(.server, "key=\(round)")) }
        }
        capture.append(connections[0].data(.server, "key=last"))
        let url = try Self.write(capture.fileBytes)
        defer { try? FileManager.default.removeItem(at: url) }
        for mode in ["ascii", "yaml"] {
            let expected = (0..<4).flatMap {
                SwfollowCommand.run(["-r", url.path, "-q", "-z", "follow,tcp,\(mode),\($0)"]).standardOutput
            }
            let (buffered, pieces, streamed) = Self.bothWays(["search", "-r", url.path, "-e", "key=", "--follow", mode])
            #expect(buffered.standardOutput == expected)
            #expect(pieces.count >= 2)
            #expect(Self.same(pieces, streamed, as: buffered), "streamed output differs")
        }
    }
}
