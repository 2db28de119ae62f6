import FollowCore
import Foundation
import Testing

/// `swfollow export`: data files equal follow's raw records (markers left out), the index lists
/// each exported stream in order with its gaps, and the selection options choose the streams.
@Suite("export")
struct ExportTests {
    /// Stream 0: a request, a reply with its middle segment lost (acknowledged: a gap), FINs both
    /// ways. Stream 1: 300 bytes, then a RST. Stream 2: a handshake only. Two UDP streams.
    private static func capture() throws -> String {
        var capture = TestCapture()
        var web = TestConnection()
        var upload = TestConnection(client: (0x0A00_0001, 40001))
        var idle = TestConnection(client: (0x0A00_0001, 40002))
        web.handshake().forEach { capture.append($0) }
        upload.handshake().forEach { capture.append($0) }
        capture.append(web.data(.client, "GET / HTTP/1.0\r\n\r\n"))
        capture.append(web.data(.server, "HTTP/1.0 200 OK\r\n"))
        _ = web.data(.server, "lost bytes")
        capture.append(web.data(.server, "the end"))
        capture.append(web.ack(.client))
        capture.append(upload.data(.client, String(repeating: "x", count: 300)))
        var reset = upload.fin(.server)
        reset.flags = 0x14
        capture.append(reset)
        capture.append(web.fin(.client))
        capture.append(web.fin(.server))
        idle.handshake().forEach { capture.append($0) }
        capture.append(TestDatagram(from: (0x0A00_0001, 5000), to: (0x0A00_0035, 53), "query"))
        capture.append(TestDatagram(from: (0x0A00_0035, 53), to: (0x0A00_0001, 5000), "answer"))
        capture.append(TestDatagram(from: (0x0A00_0001, 5001), to: (0x0A00_0036, 514), "log line"))
        return try capture.write()
    }

    @Test("every TCP stream: data files are follow's raw records without markers; the index in order")
    func allStreams() throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let outcome = ExportFixture.run(["-r", path, "-o", directory])
        #expect(outcome.status == 0 && outcome.standardError.isEmpty, "\(outcome.standardError)")
        let index = try ExportFixture.index(directory)
        #expect(index.map { $0["stream"] as? Int } == [0, 1, 2])
        #expect(index.allSatisfy { $0["proto"] as? String == "tcp" })
        for (stream, entry) in index.enumerated() {
            #expect(try ExportFixture.data(entry, in: directory) == ExportFixture.followedBytes(path, stream: stream))
        }
        let web = index[0]
        #expect(web["node0"] as? String == "10.0.0.1:40000" && web["node1"] as? String == "10.0.0.2:80")
        #expect(
            web["data"] as? [String] == [
                "tcp-000000000-10.0.0.1.40000-10.0.0.2.80-node0.bin",
                "tcp-000000000-10.0.0.1.40000-10.0.0.2.80-node1.bin",
            ])
        #expect(web["bytes"] as? [Int] == [18, 24] && web["missing"] as? [Int] == [0, 10])
        let gaps = web["gaps"] as? [[String: Int]]
        #expect(gaps == [["node": 1, "offset": 17, "length": 10]])
        #expect(
            web["end"] as? String == "fin" && index[1]["end"] as? String == "rst"
                && index[2]["end"] as? String == "open")
        #expect(web["first_frame"] as? Int == 1 && web["last_frame"] as? Int == 14 && web["frames"] as? Int == 9)
        #expect(web["first_time"] as? String == "1700000000.000000000")
        #expect(web["last_time"] as? String == "1700000000.013000000")
        #expect(index[1]["bytes"] as? [Int] == [300, 0])
        #expect(index[2]["bytes"] as? [Int] == [0, 0] && web["follow"] == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names.count == 7 && names.first == "index.jsonl", "no .partial left: \(names)")
    }

    @Test("--stream, --min-bytes, --max-bytes and --streams choose the streams")
    func selection() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let cases: [([String], [Int])] = [
            (["--stream", "1-2"], [1, 2]),
            (["--stream", "0,2"], [0, 2]),
            (["--min-bytes", "1"], [0, 1]),
            (["--max-bytes", "42"], [0, 2]),
            (["--min-bytes", "43", "--max-bytes", "300"], [1]),
            (["--streams", "tcp.flags.reset == 1 || tcp.port == 40002"], [1, 2]),
            (["--streams", "tcp.payload contains \"GET\"", "--stream", "1"], []),
        ]
        for (options, streams) in cases {
            let directory = ExportFixture.directory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let outcome = ExportFixture.run(["-r", path, "-o", directory] + options)
            #expect(outcome.status == 0, "\(options): \(outcome.standardError)")
            let index = try ExportFixture.index(directory)
            #expect(index.map { $0["stream"] as? Int } == streams, "\(options)")
            let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".bin") }
            #expect(files.count == 2 * streams.count, "excluded streams leave no file: \(options)")
        }
    }

    @Test("--proto udp and tcp,udp: UDP records as follow,udp lists them, after the TCP streams")
    func udp() throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        #expect(ExportFixture.run(["-r", path, "-o", directory, "--proto", "tcp,udp"]).status == 0)
        let index = try ExportFixture.index(directory)
        #expect(index.map { "\($0["proto"] ?? "")\($0["stream"] ?? "")" } == ["tcp0", "tcp1", "tcp2", "udp0", "udp1"])
        for entry in index.suffix(2) {
            let stream = try #require(entry["stream"] as? Int)
            #expect(
                try ExportFixture.data(entry, in: directory) == ExportFixture.followedBytes(path, "udp", stream: stream)
            )
            #expect(entry["end"] as? String == "open")
        }
        #expect(
            index[3]["data"] as? [String] == [
                "udp-000000000-10.0.0.1.5000-10.0.0.53.53-node0.bin",
                "udp-000000000-10.0.0.1.5000-10.0.0.53.53-node1.bin",
            ])
        let udpOnly = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: udpOnly) }
        #expect(ExportFixture.run(["-r", path, "-o", udpOnly, "--proto", "udp", "--stream", "1"]).status == 0)
        #expect(try ExportFixture.index(udpOnly).map { $0["stream"] as? Int } == [1])
    }

    @Test(
        "--follow MODE writes exactly the follow block of each stream",
        arguments: ["ascii", "hex", "raw", "yaml", "ebcdic"])
    func followText(_ mode: String) throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        #expect(ExportFixture.run(["-r", path, "-o", directory, "--proto", "tcp,udp", "--follow", mode]).status == 0)
        for entry in try ExportFixture.index(directory) {
            let followed = try #require(entry["proto"] as? String)
            let stream = try #require(entry["stream"] as? Int)
            let name = try #require(entry["follow"] as? String)
            #expect(name.hasSuffix("-follow-\(mode).txt"))
            let block = SwfollowCommand.run(["-r", path, "-q", "-z", "follow,\(followed),\(mode),\(stream)"])
            #expect(try ExportFixture.bytes(directory + "/" + name) == block.standardOutput, "\(followed) \(stream)")
        }
    }

    @Test("IPv6 endpoints: '-' for ':' in file names, [ADDR]:PORT in the index")
    func ipv6Names() throws {
        var capture = TestCapture()
        capture.append(frame: UDPFrame.ipv6(UDPFrame.udp(5353, 443, "hello")))
        capture.append(frame: UDPFrame.ipv6(UDPFrame.udp(5353, 443, " again")))
        let path = try capture.write()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        #expect(ExportFixture.run(["-r", path, "-o", directory, "--proto", "udp"]).status == 0)
        let entry = try #require(try ExportFixture.index(directory).first)
        #expect(entry["node0"] as? String == "[2001:db8::1]:5353" && entry["node1"] as? String == "[2001:db8::2]:443")
        let name = "udp-000000000-2001-db8--1.5353-2001-db8--2.443-node0.bin"
        #expect(entry["data"] as? [String] == [name, name.replacingOccurrences(of: "node0", with: "node1")])
        #expect(try ExportFixture.bytes(directory + "/" + name) == Array("hello again".utf8))
    }

    @Test("a non-empty DIR is refused unless --force; an unusable DIR is reported with its path")
    func directoryProblems() throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        #expect(ExportFixture.run(["-r", path, "-o", directory]).status == 0)
        let again = ExportFixture.run(["-r", path, "-o", directory])
        #expect(
            again.status == 2
                && again.standardError == "swfollow: \(directory) is not empty (--force writes into it anyway)\n")
        #expect(ExportFixture.run(["-r", path, "-o", directory, "--force"]).status == 0)
        #expect(try ExportFixture.index(directory).count == 3)
        // A file where a directory is needed: DIR itself, then DIR/.partial.
        let notDirectory = ExportFixture.run(["-r", path, "-o", path + "/out"])
        #expect(
            notDirectory.status == 2 && notDirectory.standardError.contains("cannot create directory \(path)/out: "))
        let blocked = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: blocked) }
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
        #expect(FileManager.default.createFile(atPath: blocked + "/.partial", contents: Data()))
        let failed = ExportFixture.run(["-r", path, "-o", blocked, "--force"])
        #expect(failed.status == 2)
        // One job fails at its first file, several at their own folders (`.partial/N`).
        #expect(
            failed.standardError.hasPrefix("swfollow: cannot create \(blocked)/.partial/tcp-00000000")
                || failed.standardError.hasPrefix("swfollow: cannot create directory \(blocked)/.partial/0: "))
        #expect(failed.standardError.hasSuffix(": Not a directory\n"))
        #expect(try String(contentsOfFile: blocked + "/index.jsonl", encoding: .utf8).isEmpty)
    }

    @Test("a capture cut short: the streams read so far are exported, then the damage is reported (exit 2)")
    func damagedCapture() throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let whole = try ExportFixture.bytes(path)
        try Data(whole.dropLast(10)).write(to: URL(fileURLWithPath: path))
        let outcome = ExportFixture.run(["-r", path, "-o", directory, "--proto", "tcp,udp"])
        #expect(outcome.status == 2 && outcome.standardError.hasPrefix("swfollow: "))
        let index = try ExportFixture.index(directory)
        #expect(index.map { "\($0["proto"] ?? "")\($0["stream"] ?? "")" } == ["tcp0", "tcp1", "tcp2", "udp0"])
    }

    @Test("bad arguments exit 1; -h prints the options and every index key")
    func arguments() throws {
        for arguments in [
            ["-o", "x"], ["-r", "x"], ["-r", "-", "-o", "x", "--streams", "tcp"],
            ["-r", "x", "-o", "y", "--proto", "sctp"],
            ["-r", "x", "-o", "y", "--stream", "3-1"], ["-r", "x", "-o", "y", "--min-bytes", "-1"],
            ["-r", "x", "-o", "y", "--follow", "text"], ["-r", "x", "-o", "y", "--bogus"],
            ["-r", "x", "-o", "y", "--streams", "tcp.port =="],
        ] {
            let outcome = ExportFixture.run(arguments)
            #expect(outcome.status == 1 && outcome.standardError.hasPrefix("swfollow: "), "\(arguments)")
        }
        let piped = ExportFixture.run(["-r", "-", "-o", "x", "--pcap"])
        #expect(piped.status == 1)
        #expect(piped.standardError == "swfollow: --pcap reads the capture twice, which standard input cannot do\n")
        let missing = ExportFixture.run(["-r", "/nonexistent.pcap", "-o", ExportFixture.directory()])
        #expect(missing.status == 2)
        let help = String(decoding: ExportFixture.run(["-h"]).standardOutput, as: UTF8.self)
        for key in [
            "proto", "stream", "node0", "node1", "first_frame", "last_frame", "first_time", "last_time", "frames",
            "bytes", "missing", "gaps", "end", "data", "follow", "pcap",
        ] {
            #expect(help.contains("  \(key) ") || help.contains(" \(key),") || help.contains(", \(key) "), "\(key)")
        }
    }
}
