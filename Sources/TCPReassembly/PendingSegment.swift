import PacketDecoding

/// A segment held back because it arrived ahead of the next expected sequence number.
struct PendingSegment {
    /// Sequence number of `bytes.first`.
    var sequence: SequenceNumber
    /// The captured bytes (a copy: the frame's buffer is gone by the time it is released).
    var bytes: [UInt8]
    var frameNumber: UInt64
    var timestamp: Timestamp

    /// The sequence number just past the held bytes.
    var end: SequenceNumber { sequence.advanced(by: bytes.count) }
}
