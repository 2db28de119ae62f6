import ConformanceKit
import Foundation

/// `readme`: regenerate the case list and the score table inside `Conformance/README.md`.
struct ReadmeCommand {
    let options: Options

    /// Rewrites the two generated sections; fails if their markers are missing.
    func run() throws -> Int32 {
        let layout = try options.layout()
        let corpus = try Corpus(layout: layout)
        let file = layout.conformanceDirectory.appendingPathComponent("README.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        guard
            let withCases = ReadmeSections.replace(
                section: "cases", in: original, with: ReadmeSections.caseList(corpus.cases)),
            let withScores = ReadmeSections.replace(
                section: "scores", in: withCases, with: ReadmeSections.scoreTable(ScoreCard.loadAll(layout: layout)))
        else {
            throw Options.UsageError(message: "README.md lacks <!-- BEGIN cases/scores --> markers")
        }
        try withScores.write(to: file, atomically: true, encoding: .utf8)
        Console.out("updated \(file.path)\n")
        return 0
    }
}
