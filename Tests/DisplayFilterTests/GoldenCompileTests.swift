import FilterFixtures
import Testing

@testable import DisplayFilter

/// Every golden filter tshark rejected must be rejected with tshark's exact stderr (message,
/// indented filter, caret line) and exit status 2; every filter it accepted must compile.
@Suite("Golden compile verdicts (tshark 4.0.17)")
struct GoldenCompileTests {
    static let goldens = FixturePaths.goldens()

    @Test func goldensArePresent() {
        #expect(Self.goldens.count >= 150)
        #expect(Self.goldens.contains { $0.stderr != nil })
        #expect(Self.goldens.contains { $0.frames != nil })
    }

    @Test(arguments: goldens.filter { $0.stderr != nil })
    func rejectedLikeTshark(_ golden: FilterGolden) {
        #expect(golden.status == FilterDiagnostic.exitStatus)
        do {
            _ = try DisplayFilter(compiling: golden.filter)
            Issue.record("compiled, but tshark says: \(golden.stderr ?? "")")
        } catch {
            let rendered = "tshark: " + error.render(filter: golden.filter)
            #expect(rendered == golden.stderr)
        }
    }

    @Test(arguments: goldens.filter { $0.frames != nil })
    func acceptedLikeTshark(_ golden: FilterGolden) {
        do {
            _ = try DisplayFilter(compiling: golden.filter)
        } catch {
            Issue.record("rejected: \(error.render(filter: golden.filter))")
        }
    }
}
