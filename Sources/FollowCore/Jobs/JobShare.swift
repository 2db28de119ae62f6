/// One worker's share of the streams with `--jobs N`: those whose index modulo N is its number.
/// Stream indices follow first appearance, and captures interleave their connections, so the
/// shares carry about the same work.
struct JobShare: Sendable {
    /// The worker's number, below ``count``.
    let number: Int
    /// N.
    let count: Int

    /// Whether `stream` is this worker's.
    func owns(_ stream: UInt32) -> Bool {
        Int(stream) % count == number
    }

    /// Whether `key` is this worker's (the TCP and UDP streams with one index go to one worker).
    func owns(_ key: StreamKey) -> Bool {
        owns(key.stream)
    }
}
