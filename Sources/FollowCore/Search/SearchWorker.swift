import PCRE2Regex

/// One thread's share of a search with `--jobs N`: searches its streams with the same
/// ``StreamSearchRun`` as one job, taking their frames from the reading thread (``JobReading``),
/// or being the reading thread itself (number 0), and publishes what it prints, tagged, to the
/// ``OutputMerger``.
///
/// `@unchecked Sendable`: built by the calling thread, then used only by its own thread (which
/// starts after it is built) until that thread is joined; only then does the caller read
/// ``report``.
final class SearchWorker: @unchecked Sendable {
    /// What the worker found: its streams' counts and PCRE2's failures.
    let report: SearchReport
    private var run: StreamSearchRun
    private let number: Int

    /// - Parameters:
    ///   - number: the thread's number (0: the reading thread).
    ///   - patterns: compiled for this thread alone (a pattern is used by one thread).
    init(number: Int, patterns: [PCRE2Pattern], options: SearchOptions) {
        self.number = number
        report = SearchReport(output: options.output, verbose: options.verbose, patternCount: patterns.count)
        report.tag = OutputTag(frame: 0, position: 0)
        run = StreamSearchRun(
            context: SearchContext(patterns: patterns, report: report, options: options), selection: options.streams,
            followed: options.followed)
    }

    /// A worker: searches what the reading thread hands it through `channel`, publishing to
    /// `merger` after each batch, then settles its streams.
    func search(_ channel: BatchChannel, publishingTo merger: OutputMerger) {
        run.search(channel) { [report, number] through in
            merger.publish(report.takeTagged(), worker: number, through: through)
        }
        merger.publish(report.takeTagged(), worker: number, through: .max)
    }

    /// The reading thread: reads the capture with `reading`, searching its own streams and
    /// publishing to `merger` at each hand-over, then settles its streams.
    /// - Parameter selection: `--stream` (the other streams' frames are not handed over).
    func search(_ reading: JobReading, selection: StreamSelection?, publishingTo merger: OutputMerger) {
        reading.run(
            wants: { selection?.contains($0.stream) ?? true }, local: { run.take($0) },
            handedOver: { [report, number] through in
                merger.publish(report.takeTagged(), worker: number, through: through)
            })
        run.finish()
        merger.publish(report.takeTagged(), worker: number, through: .max)
    }
}
