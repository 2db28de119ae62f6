import CaptureFile
import PCRE2Regex

/// One worker of a search with `--jobs N`: reads the whole capture itself (decoding and
/// numbering every frame: the numbers depend on every frame, and this costs far less than
/// searching), and searches the streams of its ``JobShare`` with the same ``StreamSearchRun``
/// as one job, publishing what it prints, tagged, to the ``OutputMerger``.
///
/// Reading the capture once per worker, rather than once for all and handing frames over, keeps
/// each worker's data in its own core's cache and costs no copy.
///
/// `@unchecked Sendable`: built by the calling thread, then used only by its own thread (which
/// starts after it is built) until that thread is joined; only then does the caller read
/// ``report``, ``run`` and ``damage``.
final class SearchWorker: @unchecked Sendable {
    /// What the worker found: its streams' counts and PCRE2's failures.
    let report: SearchReport
    private(set) var run: StreamSearchRun
    /// The damage that ended the reading early, if any.
    private(set) var damage: CaptureError?
    private let share: JobShare
    private let reader: CaptureReader
    private let settings: FollowSettings
    /// Frames between publications when nothing is printed (so that the merger moves on).
    private static let frameInterval: UInt64 = 4096

    /// - Parameters:
    ///   - reader: the capture, opened for this worker alone.
    ///   - patterns: compiled for this worker alone (a pattern is used by one thread).
    init(share: JobShare, reader: CaptureReader, patterns: [PCRE2Pattern], options: SearchOptions) {
        self.share = share
        self.reader = reader
        settings = options.followSettings
        report = SearchReport(output: options.output, verbose: options.verbose, patternCount: patterns.count)
        report.tag = OutputTag(frame: 0, position: 0)
        run = StreamSearchRun(
            context: SearchContext(patterns: patterns, report: report, options: options), selection: options.streams,
            followed: options.followed, share: share)
    }

    /// Searches the capture, publishing to `merger` as it goes, then settles its streams.
    func search(publishingTo merger: OutputMerger) {
        var published: UInt64 = 0
        run.onFrame = { [report, share] frame in
            guard report.taggedCount >= 65_536 || frame >= published + Self.frameInterval else { return }
            merger.publish(report.takeTagged(), worker: share.number, through: frame)
            published = frame
        }
        damage = run.search(reader, settings: settings)
        merger.publish(report.takeTagged(), worker: share.number, through: .max)
    }
}
