import PacketDecoding
import Testing
@testable import TCPReassembly

/// tshark's follow taps read a client port of 0 as "no client yet": while Node 0's port is 0,
/// each frame fixes the nodes again (checked against tshark 4.0.17 on captures built that way).
@Suite("Node 0 with port 0")
struct NodeZeroPortTests {
    static let portless = Endpoint(address: .v4(0x0A00_0001), port: 0)
    static let server = Endpoint(address: .v4(0x0A00_0002), port: 80)

    @Test("TCP: a SYN from port 0, then the server: the server becomes Node 0 for good")
    func tcp() {
        var engine = FollowEngine()
        var sink = RecordingSink()
        let frames: [(Endpoint, Endpoint, UInt32, UInt32, String)] = [
            (Self.portless, Self.server, 1, 0, ""), (Self.server, Self.portless, 1, 1, ""),
            (Self.portless, Self.server, 1, 1, "hello"), (Self.server, Self.portless, 1, 6, "world!"),
            (Self.portless, Self.server, 6, 7, "again"),
        ]
        var begins = 0
        for (number, (source, destination, seq, ack, text)) in frames.enumerated() {
            let previous = sink.nodes.map { "\($0.0)" }
            Array(text.utf8).withUnsafeBytes { payload in
                engine.process(
                    FollowSegment(
                        source: source, destination: destination, sequence: SequenceNumber(seq),
                        acknowledgment: SequenceNumber(ack), segmentLength: payload.count, payload: payload,
                        frameNumber: UInt64(number + 1), timestamp: .zero),
                    into: &sink)
            }
            if sink.nodes.map({ "\($0.0)" }) != previous { begins += 1 }
        }
        // tshark prints: Node 0: 10.0.0.2:80, then "\t5 hello", "6 world!", "\t5 again".
        #expect(sink.nodes?.0 == Self.server && sink.nodes?.1 == Self.portless)
        #expect(sink.records == ["1:hello", "0:world!", "1:again"])
        #expect(begins == 2)
    }

    @Test("UDP: datagrams from port 0 are each Node 0's until a sender with a port fixes the nodes")
    func udp() {
        var follower = DatagramFollower()
        var sink = RecordingSink()
        let datagrams = [
            (Self.portless, Self.server, "a"), (Self.portless, Self.server, "b"), (Self.server, Self.portless, "c"),
            (Self.portless, Self.server, "d"),
        ]
        for (number, (sender, receiver, text)) in datagrams.enumerated() {
            Array(text.utf8).withUnsafeBytes {
                follower.process(
                    $0, from: sender, to: receiver, frameNumber: UInt64(number + 1), timestamp: .zero, into: &sink)
            }
        }
        #expect(sink.nodes?.0 == Self.server)
        #expect(sink.records == ["0:a", "0:b", "0:c", "1:d"])
    }
}
