import CaptureFile
import FollowOutput
import FrameFields

/// An export's writing pass with `--jobs N` (a capture file, without `--pcap`): this thread
/// reads, decodes and numbers every frame and packs those of the planned streams into batches,
/// with the streams each batch completes (``ExportPlan/due(through:)``); N ``ExportWorker``s
/// reassemble and write them, each its own streams through its own ``FilePool``, whose
/// descriptors and buffers are the given pool's limits divided among the workers. The files and
/// `index.jsonl` are one job's.
struct ParallelExport {
    let selection: ExportSelection
    let followMode: FollowMode?
    let directory: ExportDirectory
    /// The limits to share among the workers.
    let pool: FilePool
    let jobs: Int

    /// What the pass ended with.
    struct Result {
        /// The first write failure (by worker number), if any.
        var failure: ExportError?
        /// The damage that ended the reading early, if any.
        var damage: CaptureError?
        var streamsWritten: Int
    }

    /// Reads `reader` to its end (or a worker's failure), has the workers write every planned
    /// stream, and closes the index.
    func run(_ reader: CaptureReader, plan: ExportPlan, progress: inout ExportProgress) throws(ExportError) -> Result {
        let index = try SharedExportIndex(path: directory.finalPath("index.jsonl"))
        index.expect(plan.order)
        let stop = StopFlag()
        var workers: [ExportWorker] = []
        for number in 0..<jobs {
            let share = FilePool(
                descriptorLimit: max(1, pool.descriptorLimit / jobs), bufferLimit: pool.bufferLimit / jobs,
                fileBufferSize: pool.fileBufferSize)
            let pass = try ExportPass(
                selection: selection, followMode: followMode, directory: directory, pool: share, plan: nil,
                index: index)
            workers.append(ExportWorker(number: number, count: jobs, pass: pass, order: plan.order, failed: stop))
        }
        let ring = BatchRing(workerCount: jobs)
        let threads = workers.map { worker in WorkerThread { worker.consume(ring) } }
        var plan = plan
        var damage: CaptureError?
        var sequence = 0
        var batch = ring.take(sequence) { _ in }
        do {
            var frames = FrameFieldReader(reader: reader, settings: FollowSettings())
            while !stop.isRaised, try frames.next() {
                pack(frames.frame, into: batch, plan: plan)
                batch.dueStreams += plan.due(through: frames.frame.number)
                if batch.isFull {
                    ring.publish(batch)
                    sequence += 1
                    batch = ring.take(sequence) { _ in }
                }
                progress.frame(bytes: frames.frame.layers.frame.count, streamsWritten: index.lineCount)
            }
        } catch {
            damage = error
        }
        batch.isLast = true
        ring.publish(batch)
        ring.finish(after: sequence + 1) { _ in }
        threads.forEach { $0.join() }
        var failure = workers.lazy.compactMap(\.failure).first
        do {
            try index.close()
        } catch {
            failure = failure ?? error
        }
        if failure == nil { directory.removePartial() }
        return Result(failure: failure, damage: damage, streamsWritten: index.lineCount)
    }

    /// Packs what of `view` the planned streams receive.
    private func pack(_ view: FrameFieldView, into batch: FrameBatch, plan: ExportPlan) {
        if selection.protocols.contains(.tcp), let frame = FollowFrameReader.Frame(view),
            plan.contains(StreamKey(followed: .tcp, stream: frame.stream))
        {
            batch.append(frame)
        }
        if selection.protocols.contains(.udp), view.layers.udpCount > 0 {
            batch.appendDatagrams(of: view) { plan.contains(StreamKey(followed: .udp, stream: $0)) }
        }
    }
}
