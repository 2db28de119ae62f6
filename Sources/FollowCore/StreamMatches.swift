import DisplayFilter
import FrameFields

/// The first pass of `--streams` and `search -Y`: the streams with at least one frame that
/// passes a display filter, and where each stream's last follow frame is.
///
/// A frame belongs to the stream of its TCP header (`tcp.stream`), quoted ones in ICMP errors
/// included, as tshark's `tcp.stream == N` would select it. Memory: a flag and a frame number per
/// stream index.
struct StreamMatches {
    private let filter: DisplayFilter
    /// Whether each stream index has matched.
    private var matched: [Bool] = []
    /// Where each stream ends, for the second pass.
    private var lastFrames = StreamBlocksPass.LastFrames()

    init(filter: DisplayFilter) {
        self.filter = filter
    }

    /// Tests `frame` if its stream has not matched yet.
    mutating func observe(_ frame: FrameFieldView) {
        guard let stream = frame.assignment.map({ Int($0.stream) }) else { return }
        if stream >= matched.count {
            matched += repeatElement(false, count: stream + 1 - matched.count)
        }
        if !matched[stream], filter.matches(frame) {
            matched[stream] = true
        }
    }

    /// Notes that frame `number` of `stream` reached follow.
    mutating func noteFollowFrame(stream: UInt32, number: UInt64) {
        lastFrames.note(stream: stream, frame: number)
    }

    /// The matching stream indices, ascending.
    var streams: [UInt32] { matched.indices.filter { matched[$0] }.map { UInt32($0) } }

    /// The matching streams, ascending, with their last follow frames.
    var targets: [StreamBlocksPass.Target] { lastFrames.targets(streams) }
}
