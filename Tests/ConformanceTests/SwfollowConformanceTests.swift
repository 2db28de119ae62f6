import ConformanceKit
import Foundation
import Testing

/// Runs the built `swfollow` binary on every case and compares with `Golden/` at L3.
///
/// These fail until swfollow reproduces tshark; a case with a `divergence` entry for `swfollow`
/// is accepted as XFAIL and fails if it unexpectedly passes.
@Suite("swfollow against the tshark goldens (L3)")
struct SwfollowConformanceTests {
    @Test("case", arguments: Fixtures.cases)
    func matchesGolden(_ testCase: CorpusCase) throws {
        let binary = try #require(
            Fixtures.swfollowBinary(), "swfollow binary not found; build it or set SWFOLLOW_BINARY")
        let subject = ProcessSubject(
            template: CommandTemplate(ShellQuoting.quote(binary.path) + " {args}"), name: "swfollow", timeout: 60)
        let result = Runner(layout: Fixtures.layout, subject: subject, level: .l3).grade(testCase)
        let details = TextReport().caseLines(result).joined(separator: "\n")
        #expect(result.status == .pass || result.status == .xfail, "\(details)")
    }
}
