/// The streams of a search in the order they were last active, so that those idle for longer than
/// a limit (capture time) can be released: `search --idle SECONDS`, on by default for a live
/// capture, which may run for days.
///
/// Amortized O(1) a frame: a stream enters the queue at most once per second it is active, and
/// each entry leaves it once. Memory: the active streams' last times, and the queue's entries of
/// the last `limit` seconds.
struct IdleStreams {
    /// Seconds without a frame after which a stream is released.
    let limit: Int64
    /// When each stream still held was last active (whole seconds of capture time).
    private var lastActive: [UInt32: Int64] = [:]
    /// (second, stream) in order of activity; entries before `head` have been looked at.
    private var queue: [(time: Int64, stream: UInt32)] = []
    private var head = 0

    init(limit: Int64) {
        self.limit = limit
    }

    /// Notes that `stream` had a frame at `time`.
    mutating func note(_ stream: UInt32, at time: Int64) {
        guard lastActive[stream] != time else { return }
        lastActive[stream] = time
        queue.append((time, stream))
    }

    /// Stops watching `stream` (released for another reason).
    mutating func forget(_ stream: UInt32) {
        lastActive[stream] = nil
    }

    /// Hands `release` each stream idle for more than ``limit`` at `now`, oldest first, and stops
    /// watching it.
    mutating func expire(now: Int64, _ release: (UInt32) -> Void) {
        while head < queue.count, queue[head].time + limit < now {
            let (time, stream) = queue[head]
            head += 1
            if lastActive[stream] == time {
                lastActive[stream] = nil
                release(stream)
            }
        }
        if head >= 4096, head * 2 >= queue.count {
            queue.removeFirst(head)
            head = 0
        }
    }
}
