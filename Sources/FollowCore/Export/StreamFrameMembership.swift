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
/// Memory: a list of frame numbers per stream that has fragments, one entry per fragment frame.
package struct StreamFrameMembership {
    /// Fragment frames claimed by each stream that has any; sorted and unique after ``replay()``.
    private var fragmentFrames: [ExportStreamID: [UInt64]] = [:]
    /// The streams of the frame being noted (reused, so noting allocates nothing).
    private var scratch: [ExportStreamID] = []

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

    /// The fragment frames `stream` claims besides its own frames, in capture order.
    package func fragmentFrames(of stream: ExportStreamID) -> [UInt64] {
        Array(Set(fragmentFrames[stream] ?? [])).sorted()
    }

    /// The second pass's view of what the first one noted.
    package func replay() -> Replay {
        Replay(claims: fragmentFrames.map { ($0.key, Array(Set($0.value)).sorted()) })
    }

    /// The streams `frame` belongs to by its own headers, each once, into `streams` (emptied first).
    package static func directStreams(of frame: FrameFieldView, into streams: inout [ExportStreamID]) {
        streams.removeAll(keepingCapacity: true)
        if let tcp = frame.assignment {
            streams.append(ExportStreamID(.tcp, tcp.stream))
        }
        for position in 0..<frame.udpStreams.count {
            if let udp = frame.udpStreams[position], !streams.contains(ExportStreamID(.udp, udp)) {
                streams.append(ExportStreamID(.udp, udp))
            }
        }
    }

    /// Hands out, frame after frame in capture order, the streams each frame goes to.
    ///
    /// Keeps a heap of the streams with fragment frames, by their next one: a frame no stream
    /// claimed costs one comparison.
    package struct Replay {
        /// Each claiming stream and its sorted fragment frames.
        private let claims: [(stream: ExportStreamID, frames: [UInt64])]
        /// (next claimed frame, index in `claims`, position of that frame), smallest frame on top.
        private var heap: [(frame: UInt64, claim: Int, position: Int)] = []

        init(claims: [(stream: ExportStreamID, frames: [UInt64])]) {
            self.claims = claims
            for (index, claim) in claims.enumerated() {
                if let first = claim.frames.first { push((first, index, 0)) }
            }
        }

        /// The streams `frame` goes to, each once, into `streams` (emptied first): its own and
        /// those that claimed it as a fragment. Frames must come in increasing number.
        package mutating func streams(of frame: FrameFieldView, into streams: inout [ExportStreamID]) {
            StreamFrameMembership.directStreams(of: frame, into: &streams)
            while let top = heap.first, top.frame <= frame.number {
                popTop()
                let claim = claims[top.claim]
                if top.frame == frame.number, !streams.contains(claim.stream) {
                    streams.append(claim.stream)
                }
                let next = top.position + 1
                if next < claim.frames.count { push((claim.frames[next], top.claim, next)) }
            }
        }

        private mutating func push(_ item: (frame: UInt64, claim: Int, position: Int)) {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].frame < heap[parent].frame else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        }

        private mutating func popTop() {
            heap.swapAt(0, heap.count - 1)
            heap.removeLast()
            var parent = 0
            while true {
                var smallest = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && heap[child].frame < heap[smallest].frame {
                    smallest = child
                }
                guard smallest != parent else { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }
}
