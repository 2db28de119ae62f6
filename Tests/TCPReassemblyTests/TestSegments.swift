import PacketDecoding
@testable import TCPReassembly

/// Hand-built inputs for the numbering and engine tests: 10.0.0.1:40000 (client) ↔ 10.0.0.2:80.
enum TestSegments {
    static let client = Endpoint(address: .v4(0x0A00_0001), port: 40000)
    static let server = Endpoint(address: .v4(0x0A00_0002), port: 80)

    /// A decoded TCP header as the decoder would report it.
    static func tcp(
        from sender: Character, _ flags: TCPFlags, seq: UInt32, ack: UInt32 = 0, length: Int = 0
    ) -> TCPSegment {
        let (source, destination) = sender == "c" ? (client, server) : (server, client)
        return TCPSegment(
            source: source, destination: destination, sequenceNumber: seq, acknowledgmentNumber: ack,
            flags: flags, headerLength: 20, isHeaderComplete: true, segmentLength: length,
            payload: UnsafeRawBufferPointer(start: nil, count: 0), isQuotedInICMP: false)
    }
}

/// Collects engine output as readable text: "0:hello", "1:reply", "0:[5 bytes missing…]\0".
struct RecordingSink: FollowSink {
    var nodes: (Endpoint, Endpoint)?
    var records: [String] = []
    var frames: [UInt64] = []

    mutating func begin(node0: Endpoint, node1: Endpoint) {
        nodes = (node0, node1)
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        records.append("\(node):" + String(decoding: bytes, as: UTF8.self))
        frames.append(frameNumber)
    }
}

/// Drives a ``FollowEngine`` with scripted frames in relative numbers, tshark-style.
struct EngineScript {
    var engine = FollowEngine()
    var sink = RecordingSink()
    var frame: UInt64 = 0

    /// One frame from "c" (client) or "s" (server), with `seq`/`ack` as the engine sees them.
    mutating func send(_ sender: Character, seq: UInt32, ack: UInt32 = 0, _ data: String = "", wireLength: Int? = nil) {
        frame += 1
        let (source, destination) = sender == "c"
            ? (TestSegments.client, TestSegments.server) : (TestSegments.server, TestSegments.client)
        let bytes = Array(data.utf8)
        bytes.withUnsafeBytes { payload in
            engine.process(FollowSegment(
                source: source, destination: destination, sequence: SequenceNumber(seq),
                acknowledgment: SequenceNumber(ack), segmentLength: wireLength ?? bytes.count,
                payload: payload, frameNumber: frame, timestamp: Timestamp(seconds: 1, nanoseconds: 0)
            ), into: &sink)
        }
    }
}
