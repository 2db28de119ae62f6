/// Where one job would have produced a piece of output: while feeding frame `frame` (its
/// `position`-th stream, for a frame carrying several UDP streams), or, with ``finishing(_:)``,
/// while settling stream `position` at the end of the capture.
///
/// With `--jobs`, each worker tags what it prints; merging the workers' pieces by tag gives
/// the bytes one job prints, in its order (pieces with one tag all come from one worker, which
/// owns that stream).
struct OutputTag: Comparable, Sendable {
    var frame: UInt64
    var position: UInt32

    /// The tag of what settling `stream` at the end of the capture prints: after every frame,
    /// in stream order.
    static func finishing(_ stream: UInt32) -> OutputTag {
        OutputTag(frame: .max, position: stream)
    }

    static func < (left: OutputTag, right: OutputTag) -> Bool {
        (left.frame, left.position) < (right.frame, right.position)
    }
}
