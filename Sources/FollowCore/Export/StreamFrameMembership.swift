import FrameFields

/// Which frames go into each stream's capture: a frame belongs to the TCP stream of its TCP
/// header (one quoted in an ICMP error too) and to the UDP stream of each of its UDP layers; and a
/// frame carrying an IP fragment belongs to every stream of the frame whose datagram it completed.
///
/// The fragments are only known once their datagram completes, after their frames were read:
/// a first pass ``note(_:)``s every frame, remembering for each stream the fragment frames it
/// claims (nothing for other frames); the second pass asks a ``Replay`` for each frame's streams,
/// in capture order. Frame numbers are the file's (``FrameFieldView/number`` without a read
/// filter), as the decoder reports fragments (``LayerTrail/fragmentFrames``).
///
/// Memory: a list of frame numbers per stream that has fragments, one entry per fragment frame
/// (the ``Replay`` holds them once more, sorted, with their streams).
package struct StreamFrameMembership {
    /// Fragment frames claimed by each stream that has any, in the order their datagrams completed.
    private var fragmentFrames: [StreamKey: [UInt64]] = [:]
    /// The streams of the frame being noted (reused, so noting allocates nothing).
    private var scratch: [StreamKey] = []

    package init() {}

    /// First pass: notes the fragment frames `frame` claims for its streams.
    package mutating func note(_ frame: FrameFieldView) {
        let fragments = frame.layers.fragmentFrames
        guard !fragments.isEmpty else { return }
        Self.directStreams(of: frame, into: &scratch)
        for stream in scratch {
            fragmentFrames[stream, default: []].append(contentsOf: fragments.lazy.filter { $0 != frame.number })
        }
    }

    /// The second pass's view of what the first one noted.
    package func replay() -> Replay {
        var claims: [(frame: UInt64, stream: StreamKey)] = []
        for (stream, frames) in fragmentFrames {
            claims.append(contentsOf: frames.map { ($0, stream) })
        }
        claims.sort { ($0.frame, $0.stream) < ($1.frame, $1.stream) }
        return Replay(claims: claims)
    }

    /// The streams `frame` belongs to by its own headers, each once, into `streams` (emptied first).
    package static func directStreams(of frame: FrameFieldView, into streams: inout [StreamKey]) {
        streams.removeAll(keepingCapacity: true)
        if let tcp = frame.assignment {
            streams.append(StreamKey(followed: .tcp, stream: tcp.stream))
        }
        frame.forEachUDPStream { streams.append(StreamKey(followed: .udp, stream: $0)) }
    }

    /// Hands out, frame after frame in capture order, the streams each frame goes to.
    ///
    /// Walks every (fragment frame, stream) claim sorted by frame: a frame no stream claimed
    /// costs one comparison.
    package struct Replay {
        /// Every claim, sorted by frame then stream.
        private let claims: [(frame: UInt64, stream: StreamKey)]
        /// The first claim not handed out yet.
        private var next = 0

        init(claims: [(frame: UInt64, stream: StreamKey)]) {
            self.claims = claims
        }

        /// The streams `frame` goes to, each once, into `streams` (emptied first): its own and
        /// those that claimed it as a fragment. Frames must come in increasing number.
        package mutating func streams(of frame: FrameFieldView, into streams: inout [StreamKey]) {
            StreamFrameMembership.directStreams(of: frame, into: &streams)
            while next < claims.count, claims[next].frame <= frame.number {
                let claim = claims[next]
                next += 1
                if claim.frame == frame.number, !streams.contains(claim.stream) {
                    streams.append(claim.stream)
                }
            }
        }
    }
}
