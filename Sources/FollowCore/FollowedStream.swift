import DisplayFilter
import FrameFields
import PacketDecoding
import TCPReassembly

/// The frames one `-z follow` request takes and their reassembly: tshark's follow engine for a
/// TCP stream, its datagram follower for a UDP one. What it produces goes to a ``FollowSink`` of
/// the caller's (a block's text, a library user's handler).
package struct FollowedStream {
    package let request: FollowRequest
    private var engine = FollowEngine()
    private var datagrams = DatagramFollower()
    /// The address form of a UDP request as the display filter tshark's tap applies: any `ip.src`
    /// and any `udp.srcport` of the frame may match, so a tunnel's outer or inner header counts.
    private let udpPairFilter: DisplayFilter?

    package init(request: FollowRequest) {
        self.request = request
        if request.followed == .udp, case .addressPair = request.filter {
            // The text is built from parsed addresses and ports, so it always compiles.
            udpPairFilter = try? DisplayFilter(compiling: request.filterText)
        } else {
            udpPairFilter = nil
        }
    }

    /// Whether a UDP request takes `frame`: one of its UDP layers is in the stream, or the frame
    /// passes the address filter.
    package func selectsDatagrams(of frame: FrameFieldView) -> Bool {
        switch request.filter {
        case .stream(let index): frame.udpStreams.contains(index)
        case .addressPair: udpPairFilter?.matches(frame) ?? false
        }
    }

    /// Feeds every UDP payload of `frame` that reaches tshark's follow tap, in layer order, each
    /// attributed to the endpoints the tap sees.
    package mutating func processDatagrams(of frame: FrameFieldView, into sink: inout some FollowSink) {
        datagrams.process(frame, into: &sink)
    }

    /// Whether the request selects a TCP frame of `stream` from `source` to `destination`.
    package func selects(stream: UInt32, source: Endpoint, destination: Endpoint) -> Bool {
        switch request.filter {
        case .stream(let index):
            return index == stream
        case .addressPair(let a, let b):
            // The address form is the display filter of R2.2: any stream with that 4-tuple (R4.16).
            return (source == a && destination == b) || (source == b && destination == a)
        }
    }

    /// Feeds one TCP frame to the engine.
    package mutating func process(_ segment: FollowSegment, into sink: inout some FollowSink) {
        engine.process(segment, into: &sink)
    }
}
