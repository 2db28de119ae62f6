import FrameFields
import PacketDecoding
import TCPReassembly

extension DatagramFollower {
    /// Feeds every UDP payload of `frame` that reaches tshark's follow tap, in layer order, each
    /// from the sender to the receiver the tap sees (the endpoints the frame's innermost IP and
    /// transport headers left, ``TapEndpoints``).
    package mutating func process(_ frame: FrameFieldView, into sink: inout some FollowSink) {
        frame.forEachFollowedDatagram { payload, sender, receiver in
            process(payload, from: sender, to: receiver, frameNumber: frame.number, timestamp: frame.timestamp, into: &sink)
        }
    }

    /// ``process(_:into:)`` for the datagrams a worker of `--jobs` is handed.
    mutating func process(_ handed: HandedDatagrams, into sink: inout some FollowSink) {
        handed.forEach { payload, sender, receiver in
            process(
                payload, from: sender, to: receiver, frameNumber: handed.frameNumber, timestamp: handed.timestamp,
                into: &sink)
        }
    }
}

extension FrameFieldView {
    /// Calls `body` with every UDP payload of the frame that reaches tshark's follow tap, in
    /// layer order, each with the sender and receiver the tap sees (the endpoints the frame's
    /// innermost IP and transport headers left, ``TapEndpoints``).
    package func forEachFollowedDatagram(_ body: (UnsafeRawBufferPointer, Endpoint, Endpoint) -> Void) {
        let endpoints = layers.tapEndpoints
        forEachUDPHeader { datagram, _, _ in
            if let payload = datagram.followPayload { body(payload, endpoints.source, endpoints.destination) }
            return true
        }
    }

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
