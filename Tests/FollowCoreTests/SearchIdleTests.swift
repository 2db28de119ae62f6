import FollowCore
import Testing

/// `search --idle SECONDS`: a stream silent for longer than the limit is settled and released; a
/// later frame starts its search afresh, so a match cannot span the pause.
@Suite("search --idle")
struct SearchIdleTests {
    /// A TCP stream whose client sends "user=AB", then, 1000 s later, "CD;".
    private static func pausedConnection() -> TestCapture {
        var connection = TestConnection()
        var capture = TestCapture()
        for segment in connection.handshake() { capture.append(segment) }
        capture.append(connection.data(.client, "user=AB"))
        capture.wait(seconds: 1000)
        capture.append(connection.data(.client, "CD;"))
        return capture
    }

    @Test("without --idle a match spans the pause; with a shorter limit it cannot, and both halves are still searched")
    func tcpPause() throws {
        let search = try SearchRunner(Self.pausedConnection())
        defer { search.remove() }
        #expect(try search.matches(["-e", "ABCD"]).count == 1)
        #expect(try search.matches(["--idle", "2000", "-e", "ABCD"]).count == 1)
        #expect(try search.matches(["--idle", "60", "-e", "ABCD"]).isEmpty)
        let halves = try search.matches(["--idle", "60", "-e", "AB|CD"])
        #expect(halves.map { $0["match"] as? String } == ["AB", "CD"])
        #expect(halves.map { $0["frame"] as? Int } == [4, 5])
    }

    @Test("a UDP stream is released the same way")
    func udpPause() throws {
        var capture = TestCapture()
        capture.append(TestDatagram(from: (0x0A00_0001, 5353), to: (0x0A00_0002, 53), "xy"))
        capture.wait(seconds: 700)
        capture.append(TestDatagram(from: (0x0A00_0001, 5353), to: (0x0A00_0002, 53), "z"))
        let search = try SearchRunner(capture)
        defer { search.remove() }
        #expect(try search.matches(["--udp", "-e", "yz"]).count == 1)
        #expect(try search.matches(["--udp", "--idle", "600", "-e", "yz"]).isEmpty)
        #expect(try search.matches(["--udp", "--idle", "600", "-e", "z"]).count == 1)
    }

    @Test("--idle takes a number of seconds")
    func badValue() throws {
        let search = try SearchRunner(Self.pausedConnection())
        defer { search.remove() }
        let result = search.run(["--idle", "0", "-e", "x"])
        #expect(result.status == 2)
        #expect(result.errors == ["swfollow: --idle: \"0\" is not a number in 1...1073741824"])
    }
}
