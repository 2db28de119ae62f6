import FollowCore
import FollowOutput
import TCPReassembly

/// Follows one stream, as `tshark -z follow,tcp|udp,MODE,TARGET` does: frames in, records out.
///
/// Feed it every frame a ``FrameReader`` reads, in order; it takes those of its target, reassembles
/// them with Wireshark's follow rules (TCP: sequence order, out-of-order segments held back,
/// overlaps resolved and missing bytes reported as Wireshark does; UDP: one record a datagram) and
/// hands the result to a ``FollowHandler``.
///
/// ```swift
/// var frames = FrameReader(try Capture(path: "trace.pcap"))
/// var follower = StreamFollower(.tcp(0))
/// var block = FollowBlockFormatter(mode: .ascii, target: follower.target)
/// while let frame = try frames.next() {
///     follower.process(frame, into: &block)
/// }
/// print(String(decoding: block.finish(), as: UTF8.self), terminator: "")
/// ```
///
/// Frames of other streams cost one comparison. Memory is the segments held back, which only a
/// stream with missing data accumulates.
public struct StreamFollower {
    /// What is followed.
    public let target: FollowTarget
    private var followed: FollowedStream
    /// The stream of the last frame taken, which ``finish(into:)`` ends.
    private var lastStream: StreamID?

    /// A follower of `target`.
    public init(_ target: FollowTarget) {
        self.target = target
        followed = FollowedStream(request: target.request(mode: .raw, range: nil))
    }

    /// Takes `frame` if it belongs to the target, handing any records it completes to `handler`.
    public mutating func process(_ frame: Frame, into handler: inout some FollowHandler) {
        switch target {
        case .stream(let id) where id.transport == .tcp:
            guard frame.view.assignment?.stream == id.index, let tcp = FollowFrameReader.Frame(frame.view) else { return }
            follow(tcp.segment, of: tcp.stream, into: &handler)
        case .endpoints(.tcp, _, _):
            guard let tcp = FollowFrameReader.Frame(frame.view) else { return }
            let segment = tcp.segment
            guard followed.selects(stream: tcp.stream, source: segment.source, destination: segment.destination)
            else { return }
            follow(segment, of: tcp.stream, into: &handler)
        default:
            guard frame.view.layers.udpCount > 0, followed.selectsDatagrams(of: frame.view) else { return }
            var stream: UInt32?
            if case .stream(let id) = target {
                stream = id.index
            } else {
                // The address form names the frame's first stream.
                frame.view.forEachUDPStream { stream = stream ?? $0 }
            }
            let id = StreamID(.udp, stream ?? 0)
            lastStream = id
            HandlerRelay.with(&handler, stream: id) { relay in
                followed.processDatagrams(of: frame.view, into: &relay)
            }
        }
    }

    /// Ends the stream: tells `handler` no more records come (``FollowHandler/streamEnded(_:)``).
    /// Call it after the last frame. Held-back TCP data that never became contiguous is not
    /// printed, as tshark does not print it.
    public mutating func finish(into handler: inout some FollowHandler) {
        if let lastStream {
            handler.streamEnded(lastStream)
        }
        lastStream = nil
    }

    /// Feeds one TCP frame of `stream`, as the engine takes it, to the engine.
    private mutating func follow(
        _ segment: FollowSegment, of stream: UInt32, into handler: inout some FollowHandler
    ) {
        let id = StreamID(.tcp, stream)
        lastStream = id
        HandlerRelay.with(&handler, stream: id) { relay in
            followed.process(segment, into: &relay)
        }
    }
}
