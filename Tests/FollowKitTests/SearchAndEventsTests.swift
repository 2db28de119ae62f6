import FollowKit
import Foundation
import Testing

/// Collects records per stream and node.
struct Transcript: FollowHandler {
    var data: [StreamID: [[UInt8]]] = [:]
    var records: [StreamID: [(node: Int, frame: UInt64, bytes: [UInt8])]] = [:]
    var ended: [StreamID] = []
    var gaps = 0
    /// Per stream, each gap's node and how many records came before it.
    var gapFrames: [StreamID: [(node: Int, position: Int)]] = [:]

    mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint) {
        data[stream, default: [[], []]] = data[stream] ?? [[], []]
    }

    mutating func record(_ record: FollowRecord) {
        data[record.stream, default: [[], []]][record.node] += record.bytes
        records[record.stream, default: []].append((record.node, record.frameNumber, Array(record.bytes)))
    }

    mutating func gap(_ gap: FollowGap) {
        gaps += 1
        gapFrames[gap.stream, default: []].append((gap.node, records[gap.stream]?.count ?? 0))
    }

    mutating func streamEnded(_ stream: StreamID) {
        ended.append(stream)
    }
}

@Suite("StreamSetFollower, FollowEvents and StreamSearcher")
struct SearchAndEventsTests {
    static let captures = [
        "tcp-order/0001-out-of-order-2-1-3", "tcp-stream-index/0002-port-reuse-after-fin", "udp/0001-dns-exchange",
        "tcp-gaps/0002-gap-acked-marker", "udp/0003-many-datagrams",
    ].map { GoldenFollow.layout.root.appendingPathComponent("Conformance/cases/\($0)/capture.pcap") }

    @Test("the captures exist")
    func capturesExist() {
        #expect(Self.captures.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
    }

    /// Every stream of `transport`, followed one at a time.
    static func followEach(_ path: String, _ transport: TransportProtocol) throws -> Transcript {
        var streams = Set<UInt32>()
        var frames = FrameReader(try Capture(path: path))
        while let frame = try frames.next() {
            if transport == .tcp, let stream = frame.tcpStream { streams.insert(stream) }
            if transport == .udp { frame.udp.compactMap(\.stream).forEach { streams.insert($0) } }
        }
        var transcript = Transcript()
        for stream in streams.sorted() {
            var follower = StreamFollower(.stream(StreamID(transport, stream)))
            var frames = FrameReader(try Capture(path: path))
            while let frame = try frames.next() {
                follower.process(frame, into: &transcript)
            }
            follower.finish(into: &transcript)
        }
        return transcript
    }

    @Test("following every stream at once equals following each alone", arguments: captures)
    func setEqualsEach(_ capture: URL) throws {
        for transport in TransportProtocol.allCases {
            let each = try Self.followEach(capture.path, transport)
            var all = Transcript()
            var follower = StreamSetFollower(transport)
            var frames = FrameReader(try Capture(path: capture.path))
            while let frame = try frames.next() {
                follower.process(frame, into: &all)
            }
            follower.finish(into: &all)
            #expect(all.data == each.data)
            #expect(all.ended == each.ended)
        }
    }

    @Test("the async events carry the same records as the handler", arguments: captures)
    func events(_ capture: URL) async throws {
        let expected = try Self.followEach(capture.path, .tcp)
        var records: [StreamID: [(node: Int, frame: UInt64, bytes: [UInt8])]] = [:]
        var ended: [StreamID] = []
        for try await event in FollowEvents(try Capture(path: capture.path), followingAll: .tcp) {
            switch event {
            case .record(let stream, let node, let frame, _, let bytes): records[stream, default: []].append((node, frame, bytes))
            case .streamEnded(let stream): ended.append(stream)
            case .streamBegan, .gap: break
            }
        }
        #expect(records.mapValues { $0.map(\.bytes) } == expected.records.mapValues { $0.map(\.bytes) })
        #expect(records.mapValues { $0.map(\.frame) } == expected.records.mapValues { $0.map(\.frame) })
        #expect(ended == expected.ended)
    }

    /// Captures where some node sends two records in a row before any gap.
    static let searchCaptures = [
        "tcp-order/0001-out-of-order-2-1-3", "tcp-order/0006-overlap-pending-then-fill", "udp/0003-many-datagrams",
    ].map { GoldenFollow.layout.root.appendingPathComponent("Conformance/cases/\($0)/capture.pcap") }

    @Test("a search finds a pattern that spans records, with the frames of its first and last bytes", arguments: searchCaptures)
    func searchAcrossRecords(_ capture: URL) throws {
        var checked = 0
        defer { #expect(checked > 0, "no node of \(capture.path) has two records in a row") }
        for transport in TransportProtocol.allCases {
            let transcript = try Self.followEach(capture.path, transport)
            // The last byte of each record but the last of a node, and the first of the next one.
            for (stream, records) in transcript.records.sorted(by: { $0.key.index < $1.key.index }) {
                // The records before the stream's first gap: a search never matches across one.
                let firstGap = transcript.gapFrames[stream]?.first?.position ?? records.count
                for node in 0...1 {
                    let mine = records.prefix(firstGap).filter { $0.node == node && !$0.bytes.isEmpty }
                    guard mine.count >= 2 else { continue }
                    let pattern = [mine[0].bytes.last!, mine[1].bytes.first!]
                    let searcher = try StreamSearcher(
                        patterns: [pattern.map { String(format: "\\x%02x", $0) }.joined()], transport: transport,
                        streams: [stream.index])
                    var matches: [StreamMatch] = []
                    try searcher.run(try Capture(path: capture.path)) { matches.append($0) }
                    let expectedOffset = UInt64(mine[0].bytes.count - 1)
                    let match = try #require(matches.first { $0.node == node && $0.offset == expectedOffset })
                    #expect(match.bytes == pattern)
                    #expect(match.firstFrame == mine[0].frame)
                    #expect(match.lastFrame == mine[1].frame)
                    #expect(match.stream == stream)
                    checked += 1
                }
            }
        }
    }

    @Test("a pattern PCRE2 refuses names itself and PCRE2's reason")
    func badPattern() {
        do {
            _ = try StreamSearcher(patterns: ["ok", "(a"])
            Issue.record("compiled")
        } catch {
            #expect(error.pattern == 1)
            #expect(error.description == "pattern 2: missing closing parenthesis at offset 2")
        }
    }
}
