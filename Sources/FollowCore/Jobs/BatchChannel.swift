import Dispatch
import Synchronization

/// The batches between the reading thread of `--jobs` and one worker: a ring of ``depth``
/// reusable ``FrameBatch``es. The reading thread fills the next free one and sends it; the worker
/// receives it, does its work and releases it. At most ``depth`` batches wait, so memory stays
/// bounded however far the reading thread is ahead.
///
/// `@unchecked Sendable`: `sendIndex` is the reading thread's alone and `receiveIndex` the
/// worker's; the semaphores order every access to a batch (a batch is the reader's from the
/// wait on `free` to the signal of `filled`, then the worker's until the signal of `free`).
final class BatchChannel: @unchecked Sendable {
    /// Batches per worker: one being filled, the others waiting or being read.
    static let depth = 4

    private let batches = (0..<depth).map { _ in FrameBatch() }
    private let filled = DispatchSemaphore(value: 0)
    private let free = DispatchSemaphore(value: depth)
    @exclusivity(unchecked) private var sendIndex = 0
    @exclusivity(unchecked) private var receiveIndex = 0
    private let sentCount = Atomic<Int>(0)
    private let releasedCount = Atomic<Int>(0)

    /// How many batches were sent and not yet released: the worker's backlog (0: it waits).
    var pending: Int {
        sentCount.load(ordering: .relaxed) - releasedCount.load(ordering: .relaxed)
    }

    /// The reading thread: the next batch to fill, waiting while the worker holds them all.
    func nextToFill() -> FrameBatch {
        free.wait()
        return batches[sendIndex]
    }

    /// The reading thread: hands over the batch ``nextToFill()`` gave.
    func send() {
        sendIndex = (sendIndex + 1) % Self.depth
        sentCount.add(1, ordering: .relaxed)
        filled.signal()
    }

    /// The worker: calls `body` with each batch as it comes, up to and including the last one.
    func receiveAll(_ body: (FrameBatch) -> Void) {
        while true {
            filled.wait()
            let batch = batches[receiveIndex]
            receiveIndex = (receiveIndex + 1) % Self.depth
            let isLast = batch.isLast
            body(batch)
            batch.reset()
            releasedCount.add(1, ordering: .relaxed)
            free.signal()
            if isLast { return }
        }
    }
}
