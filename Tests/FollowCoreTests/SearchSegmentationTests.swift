import FollowCore
import Testing

/// Matches that straddle segments, after reordering and retransmissions, in both directions, and
/// across a gap: captures made for each case, searched through the whole command.
@Suite("search: segmentation, order, gaps")
struct SearchSegmentationTests {
    /// A connection with the handshake already in the capture (frames 1–3).
    private static func opened() -> (TestConnection, TestCapture) {
        var connection = TestConnection()
        var capture = TestCapture()
        for segment in connection.handshake() { capture.append(segment) }
        return (connection, capture)
    }

    @Test("a match split over two segments: found once, with both frames, offset and context")
    func twoSegments() throws {
        var (connection, capture) = Self.opened()
        capture.append(connection.data(.client, "user=alice&pass"))
        capture.append(connection.data(.client, "word=hunter2\r\n"))
        capture.append(connection.ack(.server))
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let result = search.run(["-e", #"password=\w+"#])
        #expect(result.status == 0)
        #expect(
            result.output == "stream 0 node 0 10.0.0.1:40000 -> 10.0.0.2:80 offset 11 frames 4-5 "
                + "time 1700000000.003000000-1700000000.004000000: user=alice&[password=hunter2]\\r\\n\n")
        let match = try #require(try search.matches(["-e", #"password=\w+"#]).first)
        #expect(match["frame"] as? Int == 4 && match["end_frame"] as? Int == 5)
        #expect(match["src"] as? String == "10.0.0.1:40000" && match["dst"] as? String == "10.0.0.2:80")
        #expect(match["before"] as? String == "user=alice&" && match["after"] as? String == "\r\n")
    }

    @Test("a match split over three segments")
    func threeSegments() throws {
        var (connection, capture) = Self.opened()
        for piece in ["xx pa", "ssw", "ord yy"] { capture.append(connection.data(.client, piece)) }
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let matches = try search.matches(["-e", "password"])
        #expect(matches.count == 1)
        #expect(matches.first?["offset"] as? Int == 3)
        #expect(matches.first?["frame"] as? Int == 4 && matches.first?["end_frame"] as? Int == 6)
    }

    @Test("reordered segments: found once, in sequence order, with the frames that carried the bytes")
    func reordered() throws {
        var (connection, capture) = Self.opened()
        let pieces = ["tok", "en=", "XYZ!"].map { connection.data(.client, $0) }
        capture.append(pieces[2])  // frame 4
        capture.append(pieces[0])  // frame 5
        capture.append(pieces[1])  // frame 6
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let matches = try search.matches(["-e", "token=[A-Z]+"])
        #expect(matches.count == 1)
        #expect(matches.first?["match"] as? String == "token=XYZ")
        #expect(matches.first?["frame"] as? Int == 5 && matches.first?["end_frame"] as? Int == 4)
    }

    @Test("retransmitted and overlapping segments: each match found once")
    func retransmitted() throws {
        var (connection, capture) = Self.opened()
        let first = connection.data(.client, "sec")
        let second = connection.data(.client, "ret secret")
        var overlap = first
        overlap.payload = Array("secret sec".utf8)  // the first bytes again, plus the second's start
        for segment in [first, first, overlap, second, second] { capture.append(segment) }
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let matches = try search.matches(["-e", "secret"])
        #expect(matches.map { $0["offset"] as? Int } == [0, 7])
        // What is searched is what follow shows: each byte once, from its first copy.
        #expect(String(decoding: search.follow("ascii", 0), as: UTF8.self).contains("\n3\nsec\n7\nret sec\n3\nret\n"))
    }

    @Test("both directions, each with its node and endpoints")
    func bothDirections() throws {
        var (connection, capture) = Self.opened()
        capture.append(connection.data(.client, "USER alice\r\n"))
        capture.append(connection.data(.server, "331 USER bob ok\r\n"))
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let matches = try search.matches(["-e", #"USER \w+"#])
        #expect(matches.count == 2)
        #expect(matches.map { $0["node"] as? Int } == [0, 1])
        #expect(matches.map { $0["src"] as? String } == ["10.0.0.1:40000", "10.0.0.2:80"])
        #expect(matches.map { $0["offset"] as? Int } == [0, 4])
    }

    @Test("a gap: the bytes on either side do not match as if joined, and the cut is reported")
    func gap() throws {
        var (connection, capture) = Self.opened()
        capture.append(connection.data(.client, "pass"))  // frame 4, offset 0
        _ = connection.data(.client, "??")  // never captured
        capture.append(connection.data(.client, "word"))  // frame 5: held back
        capture.append(connection.ack(.server))  // frame 6: acknowledges it all, a gap
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let text = search.run(["-e", "pass(..)?word"])
        #expect(text.status == 1)
        #expect(
            text.output == "stream 0 node 0 10.0.0.1:40000 -> 10.0.0.2:80 offset 4: 2 bytes missing (frame 6), "
                + "a possible match from offset 0 was cut\n")
        let gap = try #require(try search.json(["-e", "pass(..)?word"]).first)
        #expect(gap["type"] as? String == "gap" && gap["offset"] as? Int == 4 && gap["missing"] as? Int == 2)
        let cut = gap["cut"] as? [[String: Int]]
        #expect(cut == [["pattern": 1, "offset": 0]])
        // The marker text is not data: it never matches.
        #expect(search.run(["-e", "missing"]).status == 1)
        #expect(try search.matches(["-e", "^word"]).first?["offset"] as? Int == 4)
    }

    @Test("--both: a match across the two directions as follow interleaves them")
    func conversation() throws {
        var (connection, capture) = Self.opened()
        capture.append(connection.data(.client, "ab"))
        capture.append(connection.data(.server, "cd"))
        let search = try SearchRunner(capture)
        defer { search.remove() }
        #expect(search.run(["-e", "bc"]).status == 1)
        let line = search.run(["--both", "-e", "bc"]).output
        #expect(
            line == "stream 0 nodes 0-1 10.0.0.1:40000 -> 10.0.0.2:80 offset 1 frames 4-5 "
                + "time 1700000000.003000000-1700000000.004000000: a[bc]d\n")
    }
}
