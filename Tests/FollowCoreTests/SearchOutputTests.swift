import FollowCore
import Testing

/// The output modes, exit statuses and pattern options of `swfollow search`.
@Suite("search: output modes and options")
struct SearchOutputTests {
    /// Three streams: 0 and 2 carry a password (split over two segments), 1 does not.
    private static func threeStreams() throws -> SearchRunner {
        var capture = TestCapture()
        for index in 0..<3 {
            var connection = TestConnection(client: (0x0A00_0001, UInt16(40000 + index)))
            for segment in connection.handshake() { capture.append(segment) }
            let secret = index == 1 ? "nothing here" : "pass=s3cret&pass=again"
            capture.append(connection.data(.client, "GET /?" + secret.prefix(7)))
            capture.append(connection.data(.client, secret.dropFirst(7) + " HTTP/1.1\r\n\r\n"))
            capture.append(connection.data(.server, "HTTP/1.1 200 OK\r\n\r\n"))
        }
        return try SearchRunner(capture)
    }

    @Test("-o prints only the matched bytes; -c counts per stream; -l lists the streams")
    func modes() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(search.run(["-o", "-e", #"pass=\w+"#]).output == "pass=s3cret\npass=again\npass=s3cret\npass=again\n")
        #expect(search.run(["-c", "-e", #"pass=\w+"#]).output == "0:2\n2:2\n")
        #expect(search.run(["-l", "-e", #"pass=\w+"#]).output == "0\n2\n")
        #expect(search.run(["-c", "-e", "HTTP"]).output == "0:2\n1:2\n2:2\n")
    }

    @Test("exit status: 0 found, 1 none, 2 trouble; -q prints nothing")
    func statuses() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(search.run(["-q", "-e", "s3cret"]) == ("", [], 0))
        #expect(search.run(["-q", "-e", "absent"]) == ("", [], 1))
        let missing = SwfollowCommand.run(["grep", "-e", "x", "-r", "/nonexistent.pcap"])
        #expect(missing.status == 2)
        #expect(
            missing.standardError.hasPrefix("swfollow: The file \"/nonexistent.pcap\" doesn't exist"))
    }

    @Test(
        "a bad pattern: PCRE2's message and offset, status 2",
        arguments: [
            ("foo(", "missing closing parenthesis at offset 4"),
            ("a{2,1}", "numbers out of order in {} quantifier at offset 5"),
            ("[a", "missing terminating ] for character class at offset 2"),
        ])
    func badPattern(pattern: String, message: String) throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(search.run(["-e", pattern]) == ("", ["swfollow: pattern \"\(pattern)\": \(message)"], 2))
    }

    @Test("--follow MODE prints the follow blocks of the matching streams, ascending, as follow does")
    func follow() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        for mode in ["ascii", "hex", "raw", "yaml", "ebcdic"] {
            let output = SwfollowCommand.run(["search", "-r", search.path, "--follow", mode, "-e", "s3cret"])
            #expect(output.standardOutput == search.follow(mode, 0) + search.follow(mode, 2))
            #expect(output.status == 0)
        }
    }

    @Test("-i, -F, several patterns, --stream")
    func patternOptions() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(search.run(["-c", "-i", "-e", "PASS=S3CRET"]).output == "0:1\n2:1\n")
        #expect(search.run(["-c", "-e", "PASS=S3CRET"]).status == 1)
        #expect(search.run(["-c", "-F", "-e", "/?pass"]).output == "0:1\n2:1\n")
        #expect(search.run(["-c", "-e", "200", "-e", "s3cret"]).output == "0:2\n1:1\n2:2\n")
        #expect(search.run(["-c", "--stream", "1-2", "-e", "200"]).output == "1:1\n2:1\n")
        let lines = search.run(["-e", "200", "-e", "s3cret", "--stream", "0"]).output.split(separator: "\n")
        #expect(lines.map { $0.prefix(18) } == ["stream 0 pattern 2", "stream 0 pattern 1"])
    }

    @Test("a pattern that needs a deep JIT stack matches 30,000 bytes without hitting a limit")
    func deepPattern() throws {
        var connection = TestConnection()
        var capture = TestCapture()
        for _ in 0..<20 { capture.append(connection.data(.client, String(repeating: "ab", count: 750))) }
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let result = search.run(["-c", "-e", "(a|b)+"])
        #expect(result.errors == [] && result.output == "0:1\n")
        #expect(try search.matches(["-e", "(a|b)+"]).first?["length"] as? Int == 30_000)
    }

    @Test("binary data: NUL and invalid UTF-8 are bytes; text output escapes them")
    func binary() throws {
        var connection = TestConnection()
        var capture = TestCapture()
        capture.append(connection.data(.client, [0x41, 0x00, 0xFF, 0xC3]))
        capture.append(connection.data(.client, [0x28, 0x0A, 0x5C, 0x42]))
        let search = try SearchRunner(capture)
        defer { search.remove() }
        let line = search.run(["-C", "1", "-e", #"\x00\xff\xc3\(\n"#]).output
        #expect(
            line == "stream 0 node 0 10.0.0.1:40000 -> 10.0.0.2:80 offset 1 frames 1-2 "
                + "time 1700000000.000000000-1700000000.001000000: A[\\0\\xff\\xc3(\\n]\\\\\n")
        #expect(
            SwfollowCommand.run(["search", "-r", search.path, "-o", "-e", #"\xff."#]).standardOutput
                == [0xFF, 0xC3, 0x0A])
    }

    @Test("-Y: only the streams with a frame the display filter keeps, within --stream")
    func displayFilter() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(search.run(["-c", "-e", "HTTP", "-Y", "tcp.srcport == 40002"]).output == "2:2\n")
        #expect(search.run(["-c", "-e", "HTTP", "-Y", "tcp.port in {40000, 40001}"]).output == "0:2\n1:2\n")
        #expect(
            search.run(["-c", "-e", "HTTP", "-Y", "tcp.port in {40000, 40001}", "--stream", "1-2"]).output == "1:2\n")
        #expect(search.run(["-l", "-e", "pass", "-Y", #"tcp.payload contains "nothing""#]) == ("", [], 1))
        #expect(search.run(["-c", "-e", "HTTP", "-Y", "ip.src == 192.0.2.1"]) == ("", [], 1))
    }

    @Test("-Y errors: tshark's message and caret (status 2); standard input refused")
    func displayFilterErrors() throws {
        let search = try Self.threeStreams()
        defer { search.remove() }
        #expect(
            search.run(["-e", "x", "-Y", "tcp.prt == 1"])
                == (
                    "",
                    [
                        "swfollow: Left side of \"==\" expression must be a field or function, not tcp.prt.",
                        "    tcp.prt == 1", "    ^~~~~~~",
                    ], 2
                ))
        let stdin = SwfollowCommand.run(["search", "-r", "-", "-e", "x", "-Y", "tcp"])
        #expect(stdin.standardError == "swfollow: -Y reads the capture twice, which standard input cannot do\n")
        #expect(stdin.status == 2)
    }
}
