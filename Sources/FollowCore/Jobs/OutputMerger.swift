import Dispatch
import Synchronization

/// Merges what the threads of `--jobs` print into one job's order, as they go: each thread (the
/// reading thread and every worker, each a "worker" here) publishes its tagged output
/// (``TaggedOutput``) with the frame it has worked through, and the calling thread writes every
/// piece whose frame all of them have passed, in tag order.
///
/// Memory: a worker whose printed output is more than ``limit`` bytes ahead of the slowest
/// worker's waits (the slowest never does: its pieces are always writable), so what waits here
/// stays bounded.
final class OutputMerger: Sendable {
    /// Unwritten bytes per worker beyond which it waits.
    static let limit = 8 << 20

    /// What the workers have published and the writer not yet taken.
    private struct State {
        var queued: [TaggedOutput]
        /// The frame each worker has read through (`.max` once it has finished).
        var watermarks: [UInt64]
        /// Published and not yet written, in bytes.
        var unwritten: [Int]
        var isWaiting: [Bool]
    }

    private let state: Mutex<State>
    /// Signalled at every publication.
    private let published = DispatchSemaphore(value: 0)
    /// Per worker: signalled when it may go on.
    private let room: [DispatchSemaphore]

    init(workerCount: Int) {
        state = Mutex(
            State(
                queued: Array(repeating: TaggedOutput(), count: workerCount),
                watermarks: Array(repeating: 0, count: workerCount),
                unwritten: Array(repeating: 0, count: workerCount),
                isWaiting: Array(repeating: false, count: workerCount)))
        room = (0..<workerCount).map { _ in DispatchSemaphore(value: 0) }
    }

    /// Worker `worker`'s output so far, all of it for frames up to `frame` (`.max`: the worker
    /// is done). Waits while the worker is too far ahead.
    func publish(_ output: TaggedOutput, worker: Int, through frame: UInt64) {
        let mustWait = state.withLock { state in
            state.queued[worker].append(contentsOf: output)
            state.watermarks[worker] = frame
            state.unwritten[worker] += output.count
            state.isWaiting[worker] = state.unwritten[worker] > Self.limit && frame != .max
            return state.isWaiting[worker]
        }
        published.signal()
        if mustWait { room[worker].wait() }
    }

    /// Writes the workers' output in one job's order until every worker is done.
    func run(_ write: (ArraySlice<UInt8>) -> Void) {
        var pending = Array(repeating: TaggedOutput(), count: room.count)
        while true {
            published.wait()
            let (taken, watermark) = state.withLock { state in
                defer { state.queued = Array(repeating: TaggedOutput(), count: state.queued.count) }
                return (state.queued, state.watermarks.min() ?? .max)
            }
            for index in pending.indices { pending[index].append(contentsOf: taken[index]) }
            let counts = pending.map { $0.pieceCount(through: watermark) }
            TaggedOutput.merge(pending, counts: counts, write)
            let written = pending.indices.map { pending[$0].removeFirst(counts[$0]) }
            let waking = state.withLock { state in
                pending.indices.filter { index in
                    state.unwritten[index] -= written[index]
                    guard state.isWaiting[index], state.unwritten[index] <= Self.limit / 2 || written[index] > 0
                    else { return false }
                    state.isWaiting[index] = false
                    return true
                }
            }
            waking.forEach { room[$0].signal() }
            if watermark == .max { return }
        }
    }
}
