import FollowCore
import Foundation
import Testing

/// `--streams FILTER [--mode MODE]`: the follow block of every stream with a frame the filter
/// keeps, in stream order, exactly as `-q -z follow,tcp,MODE,N` prints each one.
@Suite("--streams")
struct StreamsOptionTests {
    /// Four connections, interleaved: the secret is sent late in stream 0, early in stream 2.
    private static func capture() throws -> String {
        var capture = TestCapture()
        var connections = (0..<4).map { TestConnection(client: (0x0A00_0001, UInt16(40000 + $0))) }
        for index in 0..<4 { connections[index].handshake().forEach { capture.append($0) } }
        capture.append(connections[2].data(.client, "user=bob password=hunter2"))
        for round in 0..<20 {
            for index in 0..<4 { capture.append(connections[index].data(.server, "line \(round)\r\n")) }
        }
        capture.append(connections[0].data(.client, "password=swordfish"))
        return try capture.write()
    }

    private static func follow(_ path: String, _ mode: String, _ stream: Int) -> [UInt8] {
        SwfollowCommand.run(["-r", path, "-q", "-z", "follow,tcp,\(mode),\(stream)"]).standardOutput
    }

    @Test("a payload filter selects streams 0 and 2, printed in stream order, in every mode")
    func payloadFilter() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        for mode in ["ascii", "hex", "raw", "yaml", "ebcdic"] {
            let outcome = SwfollowCommand.run(
                ["-r", path, "--streams", #"tcp.payload contains "password=""#, "--mode", mode])
            #expect(outcome.status == 0)
            #expect(outcome.standardOutput == Self.follow(path, mode, 0) + Self.follow(path, mode, 2), "\(mode)")
        }
    }

    @Test("ascii by default; an address filter; nothing printed when nothing matches")
    func defaultsAndEmpty() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ports = SwfollowCommand.run(["-r", path, "--streams", "tcp.port in {40001, 40003}"])
        #expect(ports.standardOutput == Self.follow(path, "ascii", 1) + Self.follow(path, "ascii", 3))
        let none = SwfollowCommand.run(["-r", path, "--streams", "ip.addr == 192.0.2.1"])
        #expect(none.standardOutput.isEmpty && none.status == 0)
    }

    @Test("with -z: tshark's output first, then the --streams blocks")
    func afterStatistics() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let statistics = SwfollowCommand.run(["-r", path, "-q", "-z", "conv,tcp"]).standardOutput
        let both = SwfollowCommand.run(["-r", path, "-q", "-z", "conv,tcp", "--streams", "tcp.srcport == 40002"])
        #expect(both.standardOutput == statistics + Self.follow(path, "ascii", 2))
    }

    @Test("errors: a bad filter as tshark words it (exit 2); standard input refused")
    func errors() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bad = SwfollowCommand.run(["-r", path, "--streams", "tcp.nope"])
        #expect(
            bad.standardError
                == "swfollow: tcp.nope is neither a field nor a protocol name.\n    tcp.nope\n    ^~~~~~~~\n")
        #expect(bad.status == 2)
        let stdin = SwfollowCommand.run(["-r", "-", "--streams", "tcp"])
        #expect(stdin.standardError == "swfollow: --streams reads the capture twice, which standard input cannot do\n")
        #expect(stdin.status == 1)
    }
}
