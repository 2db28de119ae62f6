import ConformanceKit

/// `record --with tshark`: rewrite goldens from real tshark.
struct RecordCommand {
    let options: Options

    /// Records the selected cases; a full recording also prunes goldens of deleted cases.
    func run() throws -> Int32 {
        guard options.recordWith == "tshark" else {
            throw Options.UsageError(message: "record needs --with tshark (goldens come from tshark only)")
        }
        let layout = try options.layout()
        let corpus = try Corpus(layout: layout)
        let recorder = Recorder(layout: layout, tshark: options.tshark, force: options.force)
        let selected = corpus.cases(matching: options.cases)
        let summary = try recorder.record(selected, pruneCases: options.cases.isEmpty) { id in
            if !options.quiet { Console.out("record \(id)\n") }
        }
        for item in summary.changed { Console.out("changed \(item)\n") }
        for item in summary.removed { Console.out("removed \(item)\n") }
        Console.out(
            "\(summary.changed.count) changed, \(summary.unchanged) unchanged, \(summary.removed.count) removed\n")
        return 0
    }
}
