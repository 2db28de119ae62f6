import CaptureFile
import FollowOutput

/// An export's writing pass with `--jobs N` (a capture file, without `--pcap`): the calling
/// thread reads, decodes and numbers the capture (``JobReading``) and hands each stream, with the
/// order to finish it at its last frame, to itself or to one of N − 1 ``ExportWorker``s; each
/// thread writes through its own ``FilePool``, whose descriptors and buffers are the given pool's
/// limits divided among the threads. The files and `index.jsonl` are one job's.
struct ParallelExport {
    let selection: ExportSelection
    let followMode: FollowMode?
    let directory: ExportDirectory
    /// The limits to divide among the threads.
    let pool: FilePool
    /// How many threads write (N).
    let threadCount: Int
    /// How new streams are dealt to the threads.
    let dealing: JobDealing

    /// What the pass ended with.
    struct Result {
        /// The first write failure (the reading thread's, else by worker number), if any.
        var failure: ExportError?
        /// The damage that ended the reading early, if any.
        var damage: CaptureError?
        var progress: ExportProgress
        var streamsWritten: Int
    }

    /// Writes every stream of `plan` and the index.
    /// - Parameter progress: the progress line, kept by the reading thread.
    func run(_ reader: CaptureReader, plan: ExportPlan, progress: ExportProgress) throws(ExportError) -> Result {
        let index = try SharedExportIndex(path: directory.finalPath("index.jsonl"))
        index.expect(plan.order)
        let stop = StopFlag()
        var passes: [ExportPass] = []
        let folders = try (0..<threadCount).map { number throws(ExportError) in try directory.forThread(number) }
        for folder in folders {
            let share = FilePool(
                descriptorLimit: max(1, pool.descriptorLimit / threadCount),
                bufferLimit: pool.bufferLimit / threadCount, fileBufferSize: pool.fileBufferSize)
            passes.append(
                try ExportPass(
                    selection: selection, followMode: followMode, directory: folder, pool: share, plan: plan,
                    sharedIndex: index))
        }
        // Made after everything that can throw: it holds a batch of every channel until it runs.
        let channels = (1..<threadCount).map { _ in BatchChannel() }
        let reading = JobReading(
            reader, settings: FollowSettings(), protocols: selection.protocols, channels: channels,
            dealing: dealing)
        let workers = channels.indices.map { position in
            ExportWorker(
                pass: passes[position + 1], number: position + 1, channel: channels[position], owners: reading.owners,
                stop: stop)
        }
        let threads = workers.map { worker in WorkerThread { worker.export() } }
        var own = passes[0]
        var plan = plan
        var progress = progress
        reading.run(
            wants: { plan.contains($0) },
            local: { work in
                own.take(work)
                if own.failure != nil { stop.raise() }
            },
            endingAt: { view in
                progress.frame(bytes: view.layers.frame.count, streamsWritten: index.lineCount)
                return plan.due(through: view.number)
            }, stop: stop)
        if stop.isRaised {
            own.abandon()
        } else {
            own.finish { [owners = reading.owners] in owners.owner(of: $0) ?? 0 == 0 }
            if own.failure != nil { stop.raise() }
        }
        threads.forEach { $0.join() }
        var failure = own.failure ?? workers.lazy.compactMap(\.failure).first
        do {
            try index.close()
        } catch {
            failure = failure ?? error
        }
        if failure == nil {
            folders.forEach { $0.removePartial() }
            directory.removePartial()
        }
        return Result(failure: failure, damage: reading.damage, progress: progress, streamsWritten: index.lineCount)
    }
}
