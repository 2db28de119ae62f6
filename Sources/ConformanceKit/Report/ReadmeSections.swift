import Foundation

/// The generated parts of `Conformance/README.md`: the case list and the score table.
///
/// Each lives between `<!-- BEGIN name -->` and `<!-- END name -->`, so hand-written text around
/// them survives regeneration.
public enum ReadmeSections {
    /// One `### area (N cases)` heading per area, then `- \`id\` summary` lines.
    public static func caseList(_ cases: [CorpusCase]) -> String {
        var lines: [String] = []
        var area = ""
        for item in cases {
            if item.area != area {
                area = item.area
                let count = cases.filter { $0.area == area }.count
                if !lines.isEmpty { lines.append("") }
                lines.append("### \(area) (\(count) cases)")
                lines.append("")
            }
            let slug = item.id.split(separator: "/").last.map(String.init) ?? item.id
            lines.append("- `\(slug)`: \(item.summary)")
        }
        return lines.joined(separator: "\n")
    }

    /// A table with one row per area and one column per score card: `passed/total`, XFAIL noted.
    public static func scoreTable(_ cards: [ScoreCard]) -> String {
        guard !cards.isEmpty else { return "_No scores recorded yet: run `verify … --save-score`._" }
        var areas: [String] = []
        for card in cards { for score in card.areas where !areas.contains(score.area) { areas.append(score.area) } }
        var lines = ["| area | " + cards.map { "\($0.subject) (\($0.level))" }.joined(separator: " | ") + " |"]
        lines.append("|---|" + String(repeating: "---|", count: cards.count))
        for area in areas {
            let cells = cards.map { card in card.areas.first { $0.area == area }.map { cell($0.tally) } ?? "n/a" }
            lines.append("| \(area) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("| **all** | " + cards.map { "**" + cell($0.total) + "**" }.joined(separator: " | ") + " |")
        return lines.joined(separator: "\n")
    }

    /// `pass/graded`, plus `, N xfail` and `, N skip` when present.
    static func cell(_ tally: RunReport.Tally) -> String {
        var text = "\(tally.pass)/\(tally.total - tally.skip)"
        if tally.xfail > 0 { text += ", \(tally.xfail) xfail" }
        if tally.skip > 0 { text += ", \(tally.skip) skip" }
        return text
    }

    /// Replaces the text between the `name` markers; returns `nil` if the markers are missing.
    public static func replace(section name: String, in text: String, with content: String) -> String? {
        let begin = "<!-- BEGIN \(name) -->"
        let end = "<!-- END \(name) -->"
        guard let start = text.range(of: begin), let stop = text.range(of: end), start.upperBound <= stop.lowerBound
        else { return nil }
        return String(text[..<start.upperBound]) + "\n" + content + "\n" + String(text[stop.lowerBound...])
    }
}
