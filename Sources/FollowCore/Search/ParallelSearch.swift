import CaptureFile
import PCRE2Regex

/// A search's reading pass with `--jobs N`: N ``SearchWorker``s, each reading the capture and
/// searching its share of the streams on its own thread, while the calling thread writes their
/// output in one job's order (``OutputMerger``) as it comes, so the output is byte for byte
/// one job's.
enum ParallelSearch {
    /// Runs the pass; prints into `report` what one job would print there during the pass, and
    /// takes in the workers' counts and failures.
    /// - Parameters:
    ///   - readers: the capture opened once per worker.
    ///   - patterns: a compiled set per worker.
    /// - Returns: the damage that ended the reading early, where each stream ends, and how many
    ///   incomplete IP datagrams were dropped (every worker reads every frame: the first tells).
    static func run(
        _ readers: [CaptureReader], patterns: [[PCRE2Pattern]], options: SearchOptions, report: SearchReport
    ) -> (CaptureError?, StreamBlocksPass.LastFrames, Int) {
        let merger = OutputMerger(workerCount: readers.count)
        let workers = readers.indices.map { number in
            SearchWorker(
                share: JobShare(number: number, count: readers.count), reader: readers[number],
                patterns: patterns[number], options: options)
        }
        let threads = workers.map { worker in WorkerThread { worker.search(publishingTo: merger) } }
        merger.run { report.write($0) }
        threads.forEach { $0.join() }
        workers.forEach { report.absorb($0.report) }
        return (workers[0].damage, workers[0].run.lastFrames, workers[0].run.droppedDatagrams)
    }
}
