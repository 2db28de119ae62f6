import CaptureFile
import PCRE2Regex

/// A search's reading pass with `--jobs N`: the reading thread reads, decodes and numbers the
/// capture (``JobReading``) and hands each stream to itself or to one of N − 1 ``SearchWorker``s,
/// each searching on its own thread with the same ``StreamSearchRun`` as one job, while the
/// calling thread writes their output in one job's order (``OutputMerger``) as it comes, so the
/// output is byte for byte one job's.
enum ParallelSearch {
    /// Runs the pass; prints into `report` what one job would print there during the pass, and
    /// takes in the threads' counts and failures.
    /// - Parameters:
    ///   - patterns: a compiled set per thread (N).
    ///   - dealing: how new streams are dealt to the threads.
    /// - Returns: the damage that ended the reading early, where each stream ends, and how many
    ///   incomplete IP datagrams were dropped.
    static func run(
        _ reader: CaptureReader, patterns: [[PCRE2Pattern]], options: SearchOptions, report: SearchReport,
        dealing: JobDealing
    ) -> (CaptureError?, StreamBlocksPass.LastFrames, Int) {
        let merger = OutputMerger(workerCount: patterns.count)
        let searches = patterns.indices.map { number in
            SearchWorker(number: number, patterns: patterns[number], options: options)
        }
        let channels = searches.dropFirst().map { _ in BatchChannel() }
        let reading = JobReading(
            reader, settings: options.followSettings, protocols: [options.followed], channels: channels,
            dealing: dealing)
        let threads = zip(searches.dropFirst(), channels).map { worker, channel in
            WorkerThread { worker.search(channel, publishingTo: merger) }
        }
        let readingThread = WorkerThread {
            searches[0].search(reading, selection: options.streams, publishingTo: merger)
        }
        merger.run { report.write($0) }
        readingThread.join()
        threads.forEach { $0.join() }
        searches.forEach { report.absorb($0.report) }
        return (reading.damage, reading.lastFrames, reading.droppedDatagrams)
    }
}
