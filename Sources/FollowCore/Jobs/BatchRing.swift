import Dispatch

/// The hand-over between the reading thread and the workers of `--jobs`: a few ``FrameBatch``es
/// used in turn. Every worker processes every batch, in order (keeping the frames of its own
/// streams), so batch *k*'s output is complete once all workers are done with it, and memory is
/// bounded by the ring: the reader waits for the oldest batch before refilling it.
final class BatchRing: Sendable {
    /// How many batches are in flight at most.
    static let depth = 4

    private let batches: [FrameBatch]
    /// Per worker: how many batches it may take.
    private let published: [DispatchSemaphore]

    init(workerCount: Int) {
        batches = (0..<Self.depth).map { _ in FrameBatch(workerCount: workerCount) }
        published = (0..<workerCount).map { _ in DispatchSemaphore(value: 0) }
    }

    var workerCount: Int { published.count }

    // MARK: Reading thread

    /// Batch number `sequence`, empty, after its previous use is done: `drain` first receives it
    /// with that use's outputs.
    func take(_ sequence: Int, drain: (FrameBatch) -> Void) -> FrameBatch {
        let batch = batches[sequence % Self.depth]
        settle(batch, drain: drain)
        batch.reset()
        return batch
    }

    /// Hands `batch` to every worker.
    func publish(_ batch: FrameBatch) {
        batch.remaining.store(workerCount, ordering: .releasing)
        batch.isInFlight = true
        for semaphore in published { semaphore.signal() }
    }

    /// Waits for every batch in flight, oldest first (from `sequence`, the next to take), and
    /// drains each.
    func finish(after sequence: Int, drain: (FrameBatch) -> Void) {
        for offset in 0..<Self.depth {
            settle(batches[(sequence + offset) % Self.depth], drain: drain)
        }
    }

    /// Waits for `batch` if it is in flight, then drains it.
    private func settle(_ batch: FrameBatch, drain: (FrameBatch) -> Void) {
        guard batch.isInFlight else { return }
        batch.done.wait()
        batch.isInFlight = false
        drain(batch)
    }

    // MARK: Workers

    /// Batch number `sequence` once it is published, for worker `worker`.
    func next(_ sequence: Int, worker: Int) -> FrameBatch {
        published[worker].wait()
        return batches[sequence % Self.depth]
    }

    /// Notes that a worker is done with `batch`; the last one wakes the reading thread.
    func release(_ batch: FrameBatch) {
        if batch.remaining.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            batch.done.signal()
        }
    }

    /// Runs `body` on every batch, in order, until the last one (worker `worker`'s loop).
    func consume(worker: Int, _ body: (FrameBatch) -> Void) {
        var sequence = 0
        while true {
            let batch = next(sequence, worker: worker)
            body(batch)
            let isLast = batch.isLast
            release(batch)
            if isLast { return }
            sequence += 1
        }
    }
}
