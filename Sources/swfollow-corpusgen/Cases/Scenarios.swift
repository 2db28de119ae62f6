/// Conversations reused by several cases.
enum Scenarios {
    /// Handshake, an HTTP-like request, the answer (with NUL, TAB and 0xFF bytes), ACKs and a clean close.
    static func basic(_ flow: Flow) {
        flow.handshake()
        flow.send(.client, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        flow.ack(.server)
        flow.send(.server, bytes("HTTP/1.1 200 OK\r\n\r\nhello") + [0, 1, 9] + bytes("world") + [0xFF])
        flow.ack(.client)
        flow.close()
    }

    /// Handshake, one request and one answer, no close: the smallest two-sided stream.
    static func hello(_ flow: Flow, _ request: String = "hello", _ answer: String = "world") {
        flow.handshake()
        flow.send(.client, request)
        flow.send(.server, answer)
        flow.ack(.client)
    }

    /// The basic conversation as a pcap file (for command-line cases that need any valid capture).
    static func basicCapture() -> [UInt8] {
        let trace = Trace()
        basic(Flow(trace))
        return CaptureFormat.pcap().encode(trace)
    }

    /// A trace with `count` flows from client ports 40000… that each send one line, in flow order.
    static func manyFlows(_ trace: Trace, count: Int) {
        for index in 0..<count {
            let flow = Flow(trace, client: ("10.0.0.1", UInt16(40000 + index)), clientISN: UInt32(1000 + index * 7))
            flow.send(.client, "flow \(index)\n")
        }
    }
}
