import FollowCore
import Foundation
import Testing

/// The swfollow extensions on UDP streams: `--streams` and `search --udp`, each checked against
/// what `-z follow,udp,MODE,N` prints for the same streams.
@Suite("UDP streams in --streams and search")
struct UDPStreamsTests {
    static let client: UInt32 = 0x0A00_0001
    static let resolver: UInt32 = 0x0A00_0035
    static let logger: UInt32 = 0x0A00_0099

    /// A TCP connection (tcp.stream 0), DNS-like exchanges on two ports (udp.stream 0, 1) and a
    /// syslog flow (udp.stream 2) whose message is split over two datagrams.
    private static func capture() throws -> String {
        var capture = TestCapture()
        var connection = TestConnection(client: (client, 40000))
        connection.handshake().forEach { capture.append($0) }
        capture.append(TestDatagram(from: (client, 5000), to: (resolver, 53), "query example.org"))
        capture.append(TestDatagram(from: (client, 5001), to: (resolver, 53), "query example.net"))
        capture.append(TestDatagram(from: (resolver, 53), to: (client, 5001), "answer example.net 192.0.2.7"))
        capture.append(TestDatagram(from: (resolver, 53), to: (client, 5000), "answer example.org 192.0.2.8"))
        capture.append(connection.data(.client, "GET / HTTP/1.0\r\n\r\n"))
        capture.append(TestDatagram(from: (client, 514), to: (logger, 514), "login failed for us"))
        capture.append(TestDatagram(from: (client, 514), to: (logger, 514), "er root"))
        return try capture.write()
    }

    private static func follow(_ path: String, _ followed: String, _ mode: String, _ stream: Int) -> [UInt8] {
        SwfollowCommand.run(["-r", path, "-q", "-z", "follow,\(followed),\(mode),\(stream)"]).standardOutput
    }

    @Test("follow,udp: a record per datagram, Node 0 the first sender, replies indented")
    func followBlock() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(decoding: Self.follow(path, "udp", "ascii", 1), as: UTF8.self)
        #expect(
            text == """

                ===================================================================
                Follow: udp,ascii
                Filter: udp.stream eq 1
                Node 0: 10.0.0.1:5001
                Node 1: 10.0.0.53:53
                17
                query example.net
                \t28
                answer example.net 192.0.2.7
                ===================================================================

                """)
    }

    @Test("--streams prints the TCP blocks, then the UDP blocks, each as follow prints it")
    func streamsOption() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        for mode in ["ascii", "raw", "yaml"] {
            let outcome = SwfollowCommand.run(["-r", path, "--streams", "ip.addr == 10.0.0.53", "--mode", mode])
            #expect(outcome.standardOutput == Self.follow(path, "udp", mode, 0) + Self.follow(path, "udp", mode, 1))
            let all = SwfollowCommand.run(["-r", path, "--streams", "frame.number >= 4", "--mode", mode])
            let expected =
                Self.follow(path, "tcp", mode, 0) + Self.follow(path, "udp", mode, 0)
                + Self.follow(path, "udp", mode, 1) + Self.follow(path, "udp", mode, 2)
            #expect(all.standardOutput == expected, "\(mode)")
        }
    }

    @Test("search --udp finds a match split over two datagrams, with both frames")
    func searchAcrossDatagrams() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = SwfollowCommand.run(["search", "--udp", "-C", "0", "-e", "user root", "-r", path])
        #expect(lines.status == 0)
        #expect(
            String(decoding: lines.standardOutput, as: UTF8.self)
                == "stream 2 node 0 10.0.0.1:514 -> 10.0.0.153:514 offset 17 frames 9-10"
                + " time 1700000000.008000000-1700000000.009000000: [user root]\n")
        let tcpOnly = SwfollowCommand.run(["search", "-e", "user root", "-r", path])
        #expect(tcpOnly.status == 1 && tcpOnly.standardOutput.isEmpty)
    }

    @Test("search --udp: -l and --stream take udp.stream indices, -Y selects UDP streams, --follow prints follow,udp")
    func searchSelection() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let listed = SwfollowCommand.run(["search", "--udp", "-l", "-e", "example", "-r", path])
        #expect(String(decoding: listed.standardOutput, as: UTF8.self) == "0\n1\n")
        let one = SwfollowCommand.run(["search", "--udp", "-c", "--stream", "1", "-e", "example", "-r", path])
        #expect(String(decoding: one.standardOutput, as: UTF8.self) == "1:2\n")
        let filtered = SwfollowCommand.run(["search", "--udp", "-l", "-Y", "frame.number <= 4", "-e", "example", "-r", path])
        #expect(String(decoding: filtered.standardOutput, as: UTF8.self) == "0\n")
        let blocks = SwfollowCommand.run(["search", "--udp", "--follow", "hex", "-e", "192\\.0\\.2\\.7", "-r", path])
        #expect(blocks.standardOutput == Self.follow(path, "udp", "hex", 1))
    }
}
