import CaptureFile
import FollowOutput

/// An export's writing pass with `--jobs N` (a capture file, without `--pcap`): N
/// ``ExportWorker``s, each reading the capture and writing its share of the streams through its
/// own ``FilePool``, whose descriptors and buffers are the given pool's limits divided among the
/// workers. The files and `index.jsonl` are one job's.
struct ParallelExport {
    let selection: ExportSelection
    let followMode: FollowMode?
    let directory: ExportDirectory
    /// The limits to divide among the workers.
    let pool: FilePool

    /// What the pass ended with.
    struct Result {
        /// The first write failure (by worker number), if any.
        var failure: ExportError?
        /// The damage that ended the reading early, if any.
        var damage: CaptureError?
        var progress: ExportProgress
        var streamsWritten: Int
    }

    /// Writes every stream of `plan` and the index.
    /// - Parameters:
    ///   - readers: the capture opened once per worker.
    ///   - progress: the progress line, kept by the first worker.
    func run(_ readers: [CaptureReader], plan: ExportPlan, progress: ExportProgress) throws(ExportError) -> Result {
        let index = try SharedExportIndex(path: directory.finalPath("index.jsonl"))
        index.expect(plan.order)
        let stop = StopFlag()
        var workers: [ExportWorker] = []
        for number in readers.indices {
            let share = FilePool(
                descriptorLimit: max(1, pool.descriptorLimit / readers.count),
                bufferLimit: pool.bufferLimit / readers.count, fileBufferSize: pool.fileBufferSize)
            let pass = try ExportPass(
                selection: selection, followMode: followMode, directory: directory, pool: share, plan: plan,
                share: (JobShare(number: number, count: readers.count), index))
            workers.append(
                ExportWorker(
                    pass: pass, reader: readers[number], progress: number == 0 ? progress : ExportProgress(quiet: true),
                    stop: stop))
        }
        let threads = workers.map { worker in WorkerThread { worker.export() } }
        threads.forEach { $0.join() }
        var failure = workers.lazy.compactMap(\.failure).first
        do {
            try index.close()
        } catch {
            failure = failure ?? error
        }
        if failure == nil { directory.removePartial() }
        return Result(
            failure: failure, damage: workers[0].damage, progress: workers[0].progress,
            streamsWritten: index.lineCount)
    }
}
