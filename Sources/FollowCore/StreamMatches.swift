import DisplayFilter
import FrameFields

/// The first pass of `--streams` and `search -Y`: the TCP and UDP streams with at least one
/// frame that passes a display filter, and where each stream's last follow frame is.
///
/// A frame belongs to the stream of its TCP header (`tcp.stream`) and to the stream of each of
/// its UDP headers (`udp.stream`), quoted ones in ICMP errors included, as tshark's
/// `tcp.stream == N` or `udp.stream == N` would select it. Memory: a flag and a frame number per
/// stream index.
struct StreamMatches {
    private let filter: DisplayFilter
    /// Whether each `tcp.stream` index has matched.
    private var matched: [Bool] = []
    /// Whether each `udp.stream` index has matched.
    private var matchedUDP: [Bool] = []
    /// Where each TCP stream ends, for the second pass.
    private var lastFrames = StreamBlocksPass.LastFrames()
    /// Where each UDP stream ends: its last frame with a UDP header of the stream.
    private var lastUDPFrames = StreamBlocksPass.LastFrames()

    init(filter: DisplayFilter) {
        self.filter = filter
    }

    /// Tests `frame` if one of its streams has not matched yet.
    mutating func observe(_ frame: FrameFieldView) {
        let stream = frame.assignment.map { Int($0.stream) }
        var undecided = false
        if let stream {
            Self.extend(&matched, toHold: stream)
            undecided = !matched[stream]
        }
        frame.forEachUDPStream { udpStream in
            lastUDPFrames.note(stream: udpStream, frame: frame.number)
            Self.extend(&matchedUDP, toHold: Int(udpStream))
            undecided = undecided || !matchedUDP[Int(udpStream)]
        }
        guard undecided, filter.matches(frame) else { return }
        if let stream { matched[stream] = true }
        frame.forEachUDPStream { matchedUDP[Int($0)] = true }
    }

    /// Grows `flags` so that `index` is in it.
    private static func extend(_ flags: inout [Bool], toHold index: Int) {
        if index >= flags.count {
            flags += repeatElement(false, count: index + 1 - flags.count)
        }
    }

    /// Notes that frame `number` of `stream` reached follow.
    mutating func noteFollowFrame(stream: UInt32, number: UInt64) {
        lastFrames.note(stream: stream, frame: number)
    }

    /// The matching TCP stream indices, ascending.
    var streams: [UInt32] { Self.indices(matched) }

    /// The matching UDP stream indices, ascending.
    var udpStreams: [UInt32] { Self.indices(matchedUDP) }

    /// The matching streams with their last follow frames: the TCP streams ascending, then the
    /// UDP streams ascending.
    var targets: [StreamBlocksPass.Target] {
        lastFrames.targets(streams) + lastUDPFrames.targets(udpStreams, followed: .udp)
    }

    /// The indices whose flag is set, ascending.
    private static func indices(_ flags: [Bool]) -> [UInt32] {
        flags.indices.filter { flags[$0] }.map { UInt32($0) }
    }
}
