import FrameFields
import PacketDecoding
import TCPReassembly

extension DatagramFollower {
    /// Feeds every UDP payload of `frame` that reaches tshark's follow tap, in layer order, each
    /// from the sender to the receiver the tap sees (the endpoints the frame's innermost IP and
    /// transport headers left, ``TapEndpoints``).
    package mutating func process(_ frame: FrameFieldView, into sink: inout some FollowSink) {
        let endpoints = frame.layers.tapEndpoints
        frame.forEachUDPHeader { datagram, _, _ in
            if let payload = datagram.followPayload {
                process(
                    payload, from: endpoints.source, to: endpoints.destination, frameNumber: frame.number,
                    timestamp: frame.timestamp, into: &sink)
            }
            return true
        }
    }
}

extension FrameFieldView {
    /// The distinct `udp.stream` indices of the frame's UDP layers, each once, in layer order.
    package func forEachUDPStream(_ body: (UInt32) -> Void) {
        let streams = udpStreams
        for position in 0..<streams.count {
            if let stream = streams[position], !(0..<position).contains(where: { streams[$0] == stream }) {
                body(stream)
            }
        }
    }
}
