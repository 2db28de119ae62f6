import FollowCore
import Testing

/// `-Y` and `-2 -R` filters are compiled before the capture is opened, as tshark does: a bad one
/// gives tshark's message, the filter, a caret line, and exit status 2 (the read filter first).
@Suite("Command-line filter errors")
struct CommandFilterErrorTests {
    /// The stderr and exit status of one run; the capture path never exists, so any output
    /// past the filter check would be a file error instead.
    private static func run(_ arguments: [String]) -> (String, Int32) {
        let outcome = SwfollowCommand.run(["-r", "/nonexistent/capture.pcap", "-q"] + arguments)
        return (outcome.standardError, outcome.status)
    }

    @Test("unknown field in -Y: message, filter, caret under it")
    func unknownField() {
        let (text, status) = Self.run(["-Y", "foo.bar"])
        #expect(text == "swfollow: foo.bar is neither a field nor a protocol name.\n    foo.bar\n    ^~~~~~~\n")
        #expect(status == 2)
    }

    @Test("a capture filter given as -Y gets tshark's note")
    func captureFilterNote() {
        let (text, status) = Self.run(["-Y", "tcp port 80"])
        #expect(
            text == """
                swfollow: "port" was unexpected in this context.
                    tcp port 80
                        ^~~~
                  Note: That read filter code looks like a valid capture filter;
                        maybe you mixed them up?

                """)
        #expect(status == 2)
    }

    @Test("the read filter is reported before the display filter")
    func readFilterFirst() {
        let (text, status) = Self.run(["-Y", "foo", "-2", "-R", "bar"])
        #expect(text == "swfollow: bar is neither a field nor a protocol name.\n    bar\n    ^~~\n")
        #expect(status == 2)
    }

    @Test("a bad regular expression has PCRE2's message and no caret")
    func badRegex() {
        let (text, status) = Self.run(["-Y", #"tcp.payload matches "(""#])
        #expect(text == "swfollow: Regex compilation error: missing closing parenthesis.\n")
        #expect(status == 2)
    }

    @Test("a good filter gets past the check to the missing file")
    func goodFilter() {
        let (text, status) = Self.run(["-Y", "tcp.port == 80 && ip.addr == 10.0.0.0/8"])
        #expect(text == "swfollow: The file \"/nonexistent/capture.pcap\" doesn't exist.\n")
        #expect(status == 2)
    }
}
