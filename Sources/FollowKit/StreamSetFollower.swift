import FollowCore
import FrameFields
import TCPReassembly

/// Follows several streams, or every stream, of one protocol in a single reading of a capture.
///
/// Each stream is reassembled exactly as ``StreamFollower`` would reassemble it alone; records
/// of different streams interleave in capture order, each naming its stream. Memory is one small
/// state per stream followed plus the segments held back.
///
/// ```swift
/// var frames = FrameReader(try Capture(path: "trace.pcap"))
/// var follower = StreamSetFollower(.tcp)          // every TCP stream
/// var totals = ByteTotals()                       // a FollowHandler of yours
/// while let frame = try frames.next() {
///     follower.process(frame, into: &totals)
/// }
/// follower.finish(into: &totals)
/// ```
public struct StreamSetFollower {
    /// TCP or UDP.
    public let transport: TransportProtocol
    private let selection: Set<UInt32>?
    private var engines: [FollowEngine?] = []
    private var datagrams: [DatagramFollower?] = []

    /// A follower of `streams` of `transport`, or of every stream when `streams` is nil.
    public init(_ transport: TransportProtocol, streams: Set<UInt32>? = nil) {
        self.transport = transport
        selection = streams
    }

    /// Takes `frame` if it belongs to a followed stream, handing any records it completes to
    /// `handler`.
    public mutating func process(_ frame: Frame, into handler: inout some FollowHandler) {
        switch transport {
        case .tcp:
            guard let stream = frame.view.assignment?.stream, selection?.contains(stream) ?? true,
                let tcp = FollowFrameReader.Frame(frame.view)
            else { return }
            let index = Self.open(&engines, at: stream, FollowEngine.init)
            HandlerRelay.with(&handler, stream: StreamID(.tcp, stream)) { relay in
                engines[index]!.process(tcp.segment, into: &relay)
            }
        case .udp:
            guard frame.view.layers.udpCount > 0 else { return }
            frame.view.forEachUDPStream { stream in
                guard selection?.contains(stream) ?? true else { return }
                let index = Self.open(&datagrams, at: stream, DatagramFollower.init)
                HandlerRelay.with(&handler, stream: StreamID(.udp, stream)) { relay in
                    datagrams[index]!.process(frame.view, into: &relay)
                }
            }
        }
    }

    /// Makes the state of `stream` exist in `states`, made by `make` when new, and returns its
    /// position.
    private static func open<State>(_ states: inout [State?], at stream: UInt32, _ make: () -> State) -> Int {
        let index = Int(stream)
        if index >= states.count {
            states += repeatElement(nil, count: index + 1 - states.count)
        }
        if states[index] == nil {
            states[index] = make()
        }
        return index
    }

    /// Ends every stream followed, in stream order (``FollowHandler/streamEnded(_:)``), and
    /// forgets them. Call it after the last frame.
    public mutating func finish(into handler: inout some FollowHandler) {
        let started =
            transport == .tcp
            ? engines.indices.filter { engines[$0] != nil } : datagrams.indices.filter { datagrams[$0] != nil }
        for index in started {
            handler.streamEnded(StreamID(transport, UInt32(index)))
        }
        engines = []
        datagrams = []
    }
}
