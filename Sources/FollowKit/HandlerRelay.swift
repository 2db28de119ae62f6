import PacketDecoding
import TCPReassembly

/// Hands what an engine produces to a ``FollowHandler`` in place, through a pointer, so that a
/// handler holding an output buffer is never copied (and its buffer never duplicated).
struct HandlerRelay<Handler: FollowHandler>: FollowSink {
    let handler: UnsafeMutablePointer<Handler>
    let stream: StreamID

    mutating func begin(node0: PacketDecoding.Endpoint, node1: PacketDecoding.Endpoint) {
        handler.pointee.streamBegan(stream, node0: Endpoint(node0), node1: Endpoint(node1))
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        handler.pointee.record(
            FollowRecord(stream: stream, node: node, frameNumber: frameNumber, time: CaptureTime(timestamp), bytes: bytes))
    }

    mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64) {
        handler.pointee.gap(FollowGap(stream: stream, node: node, missingBytes: missing, frameNumber: frameNumber))
    }

    /// Runs `body` with a relay to `handler` for `stream`.
    static func with<Result>(
        _ handler: inout Handler, stream: StreamID, _ body: (inout Self) -> Result
    ) -> Result {
        withUnsafeMutablePointer(to: &handler) { pointer in
            var relay = Self(handler: pointer, stream: stream)
            return body(&relay)
        }
    }
}
