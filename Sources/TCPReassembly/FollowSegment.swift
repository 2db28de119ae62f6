import PacketDecoding

/// One frame as tshark's follow engine receives it (FOLLOW-RULES R4.1).
package struct FollowSegment {
    /// Sender's address and port.
    package var source: Endpoint
    /// Receiver's address and port.
    package var destination: Endpoint
    /// `tcp.seq` (relative by default, raw otherwise), plus one when SYN is set.
    package var sequence: SequenceNumber
    /// The acknowledgment as the engine compares it: relative when the ACK flag is set (by
    /// default), otherwise the raw 32-bit field.
    package var acknowledgment: SequenceNumber
    /// The segment length on the wire (`tcp.len`), which may exceed `payload.count`.
    package var segmentLength: Int
    /// The captured payload bytes.
    package var payload: UnsafeRawBufferPointer
    /// 1-based frame number in the capture.
    package var frameNumber: UInt64
    /// The frame's capture time.
    package var timestamp: Timestamp

    package init(
        source: Endpoint, destination: Endpoint, sequence: SequenceNumber, acknowledgment: SequenceNumber,
        segmentLength: Int, payload: UnsafeRawBufferPointer, frameNumber: UInt64, timestamp: Timestamp
    ) {
        self.source = source
        self.destination = destination
        self.sequence = sequence
        self.acknowledgment = acknowledgment
        self.segmentLength = segmentLength
        self.payload = payload
        self.frameNumber = frameNumber
        self.timestamp = timestamp
    }
}
