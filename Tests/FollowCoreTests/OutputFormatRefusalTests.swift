import FollowCore
import Testing

/// `-T` formats other than `fields` are refused before the capture is opened, in one line, exit 1:
/// swfollow has no packet dissections to print.
@Suite("-T formats swfollow does not print")
struct OutputFormatRefusalTests {
    @Test(arguments: ["json", "pdml", "text", "tabs", "ek"])
    func refused(format: String) {
        let outcome = SwfollowCommand.run(["-r", "/nonexistent/capture.pcap", "-q", "-T", format])
        #expect(
            outcome.standardError
                == "swfollow: -T \(format) is not supported (only -T fields; packet dissections are tshark's)\n")
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
    }
}
