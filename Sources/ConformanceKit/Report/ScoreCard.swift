import Foundation

/// A subject's score per area, saved as `Conformance/scores/<subject>.json` for the README table.
public struct ScoreCard: Sendable, Hashable, Codable {
    /// One area's tally.
    public struct AreaScore: Sendable, Hashable, Codable {
        public var area: String
        public var tally: RunReport.Tally
    }

    /// The subject's name.
    public var subject: String
    /// The level it was graded at.
    public var level: ConformanceLevel
    /// The command template used.
    public var template: String
    /// Per-area tallies, in id order.
    public var areas: [AreaScore]
    /// The whole run.
    public var total: RunReport.Tally

    /// Summarises a report.
    public init(report: RunReport, template: String) {
        subject = report.subject
        level = report.level
        self.template = template
        areas = report.areas.map { AreaScore(area: $0.area, tally: $0.tally) }
        total = report.total
    }

    /// The file a card is saved to.
    public static func file(subject: String, layout: CorpusLayout) -> URL {
        layout.conformanceDirectory.appendingPathComponent("scores/\(subject).json")
    }

    /// Saves the card (pretty JSON, sorted keys).
    /// - Throws: encoding or file-system errors.
    public func save(layout: CorpusLayout) throws {
        let url = Self.file(subject: subject, layout: layout)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try StableJSON.encode(self).write(to: url)
    }

    /// Every saved card, sorted by level (strictest first) then subject name.
    public static func loadAll(layout: CorpusLayout) -> [ScoreCard] {
        let directory = layout.conformanceDirectory.appendingPathComponent("scores")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let cards = files.filter { $0.hasSuffix(".json") }.compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
                .flatMap { try? JSONDecoder().decode(ScoreCard.self, from: $0) }
        }
        return cards.sorted { ($1.level, $0.subject) < ($0.level, $1.subject) }
    }
}
