import Foundation

/// Renders a `RunReport` for people: one line per case, details under failures, a table per area,
/// and the closing `N passed, N failed, N skipped` line that CI tools read.
public struct TextReport: Sendable {
    /// Whether passing cases get a line too (failures, XFAIL and SKIP always do).
    public var listPasses: Bool

    /// Creates a renderer.
    public init(listPasses: Bool = true) {
        self.listPasses = listPasses
    }

    /// The whole report.
    public func render(_ report: RunReport) -> String {
        var lines: [String] = []
        for result in report.cases where listPasses || result.status != .pass {
            lines += caseLines(result)
        }
        lines.append("")
        lines += summaryTable(report)
        lines.append(closingLine(report.total))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The status line of a case and, for failures, one block per failing invocation.
    public func caseLines(_ result: CaseResult) -> [String] {
        let status = result.status.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
        var lines = [status + result.id + (result.reason.map { "  (\($0))" } ?? "")]
        guard result.status == .fail || result.status == .xfail else { return lines }
        for invocation in result.invocations where invocation.isFailure {
            lines += invocationLines(invocation, brief: result.status == .xfail)
        }
        return lines
    }

    private func invocationLines(_ result: InvocationResult, brief: Bool) -> [String] {
        guard let mismatch = result.mismatch else {
            return ["      \(result.name): \(result.note ?? result.outcome.rawValue)"]
        }
        var lines = ["      \(result.name): \(mismatch.aspect): \(mismatch.detail)"]
        if !brief, let expected = mismatch.expected, let actual = mismatch.actual {
            lines.append("        expected \(expected.rendered)")
            lines.append("        actual   \(actual.rendered)")
        }
        return lines
    }

    /// `area  PASS  FAIL  XFAIL  SKIP  total` rows and a total row.
    public func summaryTable(_ report: RunReport) -> [String] {
        let width = max(12, report.areas.map(\.area.count).max() ?? 0) + 2
        func row(_ name: String, _ cells: [String]) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0)
                + cells.map { String(repeating: " ", count: max(0, 6 - $0.count)) + $0 }.joined()
        }
        func counts(_ tally: RunReport.Tally) -> [String] {
            [tally.pass, tally.fail, tally.xfail, tally.skip, tally.total].map(String.init)
        }
        var lines = ["Subject \(report.subject), level \(report.level)"]
        lines.append(row("area", ["PASS", "FAIL", "XFAIL", "SKIP", "total"]))
        for (area, tally) in report.areas { lines.append(row(area, counts(tally))) }
        lines.append(row("all", counts(report.total)))
        return lines
    }

    /// `N passed, N failed, N skipped`: XFAIL counts as passed (the difference was expected).
    public func closingLine(_ tally: RunReport.Tally) -> String {
        "\(tally.pass + tally.xfail) passed, \(tally.fail) failed, \(tally.skip) skipped"
    }
}
