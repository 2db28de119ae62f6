import ConformanceKit
import Foundation
import Testing

/// Case statuses, the text report, the JSON report and the README sections.
@Suite("Reports")
struct ReportTests {
    static let match = InvocationResult(name: "a", outcome: .match)
    static let skipped = InvocationResult(name: "b", outcome: .notApplicable, note: "n/a")
    static let failed: InvocationResult = {
        var mismatch = Mismatch.bytes("stdout", expected: Array("hello".utf8), actual: Array("help!".utf8))
        mismatch?.aspect = "stdout"
        return InvocationResult(name: "follow-ascii-0", outcome: .mismatch, mismatch: mismatch)
    }()

    @Test("status: pass, fail, skip, xfail and a stale divergence")
    func statuses() {
        #expect(
            CaseResult(id: "a/1", area: "a", invocations: [Self.match, Self.skipped], divergence: nil).status == .pass)
        #expect(
            CaseResult(id: "a/1", area: "a", invocations: [Self.match, Self.failed], divergence: nil).status == .fail)
        #expect(CaseResult(id: "a/1", area: "a", invocations: [Self.skipped], divergence: nil).status == .skip)
        let expected = CaseResult(id: "a/1", area: "a", invocations: [Self.failed], divergence: "libpcap refuses it")
        #expect(expected.status == .xfail)
        #expect(expected.reason == "libpcap refuses it")
        let stale = CaseResult(id: "a/1", area: "a", invocations: [Self.match], divergence: "old note")
        #expect(stale.status == .fail)
        #expect(stale.reason?.hasPrefix("unexpected pass") == true)
        let missing = InvocationResult(name: "x", outcome: .error, note: "no golden recorded")
        #expect(CaseResult(id: "a/1", area: "a", invocations: [missing], divergence: nil).status == .fail)
    }

    static func report() -> RunReport {
        RunReport(
            subject: "demo", level: .l3,
            cases: [
                CaseResult(id: "alpha/0001-x", area: "alpha", invocations: [match], divergence: nil),
                CaseResult(id: "alpha/0002-y", area: "alpha", invocations: [failed], divergence: nil),
                CaseResult(id: "beta/0001-z", area: "beta", invocations: [failed], divergence: "known"),
                CaseResult(id: "beta/0002-w", area: "beta", invocations: [skipped], divergence: nil),
            ])
    }

    @Test("text report: details under failures, a table per area, the closing line last")
    func text() {
        let text = TextReport().render(Self.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("PASS  alpha/0001-x"))
        #expect(lines.contains("FAIL  alpha/0002-y"))
        #expect(
            lines.contains("      follow-ascii-0: stdout: first difference at byte 3 (0x3); expected 5 bytes, got 5"))
        #expect(lines.contains("        expected 00000000  68 65 6c 6c 6f  |hello|"))
        #expect(lines.contains("        actual   00000000  68 65 6c 70 21  |help!|"))
        #expect(lines.contains("XFAIL beta/0001-z  (known)"))
        #expect(lines.contains("alpha              1     1     0     0     2"))
        #expect(lines.contains("beta               0     0     1     1     2"))
        #expect(lines.dropLast().last == "2 passed, 1 failed, 1 skipped")
        #expect(!Self.report().succeeded)
    }

    @Test("quiet text report omits passing cases")
    func quiet() {
        #expect(!TextReport(listPasses: false).render(Self.report()).contains("PASS  alpha/0001-x"))
    }

    @Test("JSON report round-trips and carries statuses and windows")
    func json() throws {
        let data = try Self.report().jsonData()
        let decoded = try JSONDecoder().decode(RunReport.self, from: data)
        #expect(decoded == Self.report())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"status\" : \"XFAIL\""))
        #expect(text.contains("\"hex\" : \"68656c7021\""))
    }

    @Test("README sections: case list by area, score table, marker replacement")
    func readme() throws {
        let card = ScoreCard(report: Self.report(), template: "demo {args}")
        let table = ReadmeSections.scoreTable([card])
        #expect(table.contains("| area | demo (L3) |"))
        #expect(table.contains("| alpha | 1/2 |"))
        #expect(table.contains("| beta | 0/1, 1 xfail, 1 skip |"))
        let manifest = CorpusCase(
            id: "alpha/0001-x", summary: "Sum.", capture: "c", origin: .init(kind: "generated", generator: nil),
            invocations: [], tags: [])
        #expect(ReadmeSections.caseList([manifest]) == "### alpha (1 cases)\n\n- `0001-x`: Sum.")
        let replaced = ReadmeSections.replace(
            section: "scores", in: "a\n<!-- BEGIN scores -->\nold\n<!-- END scores -->\nb", with: "new")
        #expect(replaced == "a\n<!-- BEGIN scores -->\nnew\n<!-- END scores -->\nb")
        #expect(ReadmeSections.replace(section: "cases", in: "no markers", with: "x") == nil)
    }
}
