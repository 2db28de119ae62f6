import FollowCore
import Testing

/// 10,000 streams open at once, each with a match split over two segments.
@Suite("search: many streams")
struct SearchManyStreamsTests {
    @Test("10,000 interleaved streams, every match split, all found once")
    func tenThousand() throws {
        let count = 10_000
        var connections = (0..<count).map { index in
            TestConnection(client: (0x0A00_0000 | UInt32(index >> 8), UInt16(20000 + index)))
        }
        var capture = TestCapture()
        // Every stream's first half, then every second half: all 10,000 matches are in progress at once.
        for index in 0..<count { capture.append(connections[index].data(.client, "id=\(index) key=")) }
        for index in 0..<count { capture.append(connections[index].data(.client, String(format: "%05d;", index))) }
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let counts = search.run(["-c", "-e", #"key=\d{5};"#])
        #expect(counts.status == 0)
        #expect(counts.output == (0..<count).map { "\($0):1\n" }.joined())
        let only = search.run(["-o", "-e", #"key=\d{5}"#]).output
        #expect(only == (0..<count).map { "key=" + String(format: "%05d", $0) + "\n" }.joined())
        #expect(search.run(["-l", "-e", "id=9999 key=09999;"]).output == "9999\n")
    }
}
