import ConformanceKit
import Testing

/// The stderr canonicaliser: the only rewriting the kit does.
@Suite("Stderr canonicaliser")
struct CanonicalizerTests {
    @Test("drops the root warning and replaces the program name at line starts")
    func rules() {
        let text =
            "Running as user \"root\" and group \"root\". This could be dangerous.\ntshark: The file \"x.pcap\" doesn't exist.\n"
        #expect(StderrCanonicalizer().canonicalize(text) == "<tool>: The file \"x.pcap\" doesn't exist.\n")
    }

    @Test("replaces swfollow and extra names, but only as a line prefix")
    func names() {
        let canonicalizer = StderrCanonicalizer(programNames: ["tcpflow"])
        #expect(canonicalizer.canonicalize("swfollow: follow - Invalid port.\n") == "<tool>: follow - Invalid port.\n")
        #expect(canonicalizer.canonicalize("tcpflow: oops\nnot tshark: here") == "<tool>: oops\nnot tshark: here")
        #expect(canonicalizer.canonicalize("tsharkish: x") == "tsharkish: x")
    }

    @Test("keeps text without a trailing newline and empty input unchanged")
    func edges() {
        #expect(StderrCanonicalizer().canonicalize("") == "")
        #expect(StderrCanonicalizer().canonicalize("     afp,srt\n     ancp,tree") == "     afp,srt\n     ancp,tree")
    }
}
