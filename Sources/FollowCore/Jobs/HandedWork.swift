import FrameFields
import PacketDecoding
import TCPReassembly

/// One piece of work of a thread of `--jobs`, in capture order: taken from a ``FrameBatch`` by a
/// worker, or straight from the frame being read by the reading thread.
enum HandedWork {
    /// A TCP frame of `stream` that reaches follow, with its flags.
    case segment(stream: UInt32, FollowSegment, TCPFlags)
    /// A frame's datagrams for the UDP stream `stream`, the stream's `position` among the frame's.
    case datagrams(stream: UInt32, position: UInt32, HandedDatagrams)
    /// The order to finish the stream (an export's plan says it has ended).
    case finish(StreamKey)
}

/// The UDP payloads one frame hands a stream's follower (every payload of the frame that reaches
/// follow, as ``DatagramFollower`` takes them): copied into a batch for a worker, or the frame
/// itself for the reading thread; valid while the work is done.
struct HandedDatagrams {
    private enum Source {
        case batch(FrameBatch, Range<Int>)
        case frame(FrameFieldView)
    }

    private let source: Source
    let frameNumber: UInt64
    let timestamp: Timestamp

    /// The payloads of entries `range` of `batch`.
    init(batch: FrameBatch, range: Range<Int>, frameNumber: UInt64, timestamp: Timestamp) {
        source = .batch(batch, range)
        self.frameNumber = frameNumber
        self.timestamp = timestamp
    }

    /// The payloads of `frame`, being read.
    init(frame: FrameFieldView) {
        source = .frame(frame)
        frameNumber = frame.number
        timestamp = frame.timestamp
    }

    /// Calls `body` with each payload, its sender and its receiver, in layer order.
    func forEach(_ body: (UnsafeRawBufferPointer, Endpoint, Endpoint) -> Void) {
        switch source {
        case .batch(let batch, let range): batch.forEachDatagram(in: range, body)
        case .frame(let frame): frame.forEachFollowedDatagram(body)
        }
    }
}
