import FollowKit

/// Follows every TCP stream of one capture in a single pass, as `swfollow -z follow,tcp,…,N` would
/// for each N with the default preferences (relative sequence numbers, IP defragmentation), and
/// counts what comes out: a `StreamSetFollower(.tcp)` over a `FrameReader`, FollowKit's public API
/// and nothing else. State lives in this struct, not in globals, so the loop pays no dynamic
/// exclusivity checks.
struct AllStreamsRun {
    private var follower = StreamSetFollower(.tcp)
    private(set) var counter = ByteCounter()
    /// How many streams the capture has (`tcp.stream` is numbered from 0, first seen first).
    private(set) var streamCount = 0

    /// Reads every frame of `capture`.
    mutating func run(_ capture: Capture) throws(CaptureError) {
        var frames = FrameReader(capture)
        while let frame = try frames.next() {
            if let stream = frame.tcpStream, Int(stream) >= streamCount {
                streamCount = Int(stream) + 1
            }
            follower.process(frame, into: &counter)
        }
        follower.finish(into: &counter)
    }
}
