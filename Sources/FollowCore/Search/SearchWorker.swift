import PCRE2Regex

/// One worker of a search with `--jobs N`: searches the streams whose index modulo N is its
/// number, from every batch the reading thread hands out, with the same ``StreamSearchRun`` as
/// one job, and tags what it prints (``OutputTag``) for the reading thread to merge.
///
/// `@unchecked Sendable`: built by the reading thread, then used only by its own thread (which
/// starts after it is built) until that thread is joined; only then does the reading thread read
/// ``report``.
final class SearchWorker: @unchecked Sendable {
    /// What the worker found: its streams' counts and PCRE2's failures.
    let report: SearchReport
    private var run: StreamSearchRun
    private let number: Int
    private let count: Int

    /// - Parameters:
    ///   - number: the worker's number, below `count`.
    ///   - patterns: compiled for this worker alone (a pattern is used by one thread).
    init(number: Int, count: Int, patterns: [PCRE2Pattern], options: SearchOptions) {
        self.number = number
        self.count = count
        report = SearchReport(output: options.output, verbose: options.verbose, patternCount: patterns.count)
        report.tag = OutputTag(frame: 0, position: 0)
        run = StreamSearchRun(
            context: SearchContext(patterns: patterns, report: report, options: options), selection: options.streams,
            followed: options.followed)
    }

    /// Processes every batch of `ring` until the last, then settles its streams.
    func consume(_ ring: BatchRing) {
        ring.consume(worker: number) { batch in
            process(batch)
            if batch.isLast { run.finish() }
            batch.outputs[number].output = report.takeTagged()
        }
    }

    /// Feeds the batch's frames of the worker's streams.
    private func process(_ batch: FrameBatch) {
        for segment in batch.segments where Int(segment.stream) % count == number {
            report.tag = OutputTag(frame: segment.frameNumber, position: 0)
            batch.withFollowSegment(segment) { followSegment in
                run.withSearch(of: segment.stream, frameNumber: segment.frameNumber) {
                    $0.process(followSegment, flags: segment.flags)
                }
            }
        }
        for entry in batch.datagramStreams where Int(entry.stream) % count == number {
            report.tag = OutputTag(frame: entry.frameNumber, position: entry.position)
            run.withSearch(of: entry.stream, frameNumber: entry.frameNumber) { search in
                for datagram in batch.datagrams[entry.datagrams] {
                    batch.withPayload(datagram.payload) {
                        search.processDatagram(
                            $0, from: datagram.source, to: datagram.destination, frameNumber: entry.frameNumber,
                            timestamp: entry.timestamp)
                    }
                }
            }
        }
    }
}
