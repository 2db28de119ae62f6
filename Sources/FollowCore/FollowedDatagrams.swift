import FrameFields
import PacketDecoding

extension FrameFieldView {
    /// Calls `body` with each UDP payload of the frame that reaches tshark's follow tap, in layer
    /// order, and the sender and receiver the tap sees (the endpoints the frame's innermost IP
    /// and transport headers left, ``TapEndpoints``).
    func forEachFollowedDatagram(
        _ body: (_ payload: UnsafeRawBufferPointer, _ sender: Endpoint, _ receiver: Endpoint) -> Void
    ) {
        let endpoints = layers.tapEndpoints
        for index in 0..<layers.count where layers[index].kind.isUDP {
            if let payload = layers.udpDatagram(at: index)?.followPayload {
                body(payload, endpoints.source, endpoints.destination)
            }
        }
    }

    /// The distinct `udp.stream` indices of the frame's UDP layers, each once, in layer order.
    func forEachUDPStream(_ body: (UInt32) -> Void) {
        let streams = udpStreams
        for position in 0..<streams.count {
            if let stream = streams[position], !(0..<position).contains(where: { streams[$0] == stream }) {
                body(stream)
            }
        }
    }
}
