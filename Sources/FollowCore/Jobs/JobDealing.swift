/// How the reading thread of `--jobs` deals new streams to the threads (``FrameDistributor``).
/// The output is the same either way: it is merged in one job's order.
enum JobDealing: Sendable {
    /// A new stream goes to the worker with the shortest backlog unless every worker is as far
    /// behind as its channel allows, and then stays with the reading thread: every core busy,
    /// whatever the cost of reading against the cost of the work on the streams. The default.
    case balanced
    /// New streams go to the threads in turn, the reading thread first: every thread gets streams
    /// however fast each one is (the tests' choice, to exercise every path).
    case rotating
}
