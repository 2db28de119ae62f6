/// Receives what a follow produces, in tshark's output order: a stream's nodes, then its records
/// and gaps, and its end.
///
/// Implement it to consume reassembled data without formatting it (``FollowBlockFormatter`` is
/// the implementation that prints tshark's text). Methods are called on the thread that feeds the
/// follower, while it processes a frame; bytes are lent for the call only.
public protocol FollowHandler {
    /// The stream's nodes are known: Node 0 sent the first frame followed, Node 1 received it.
    ///
    /// Called again, with new nodes, for each following frame while Node 0's port is 0:
    /// Wireshark reads port 0 as "no client yet". The last call names the nodes tshark prints.
    mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint)

    /// The next record: new bytes of one node, in the order tshark prints them.
    mutating func record(_ record: FollowRecord)

    /// Bytes of one node are missing from the capture, and the peer acknowledged them (TCP only).
    mutating func gap(_ gap: FollowGap)

    /// No more records will come for the stream: the follower was finished (at the end of the
    /// capture). TCP data may follow a FIN or RST, so only the end of the capture ends a stream.
    mutating func streamEnded(_ stream: StreamID)
}

extension FollowHandler {
    /// Ignores the end of the stream.
    public mutating func streamEnded(_ stream: StreamID) {}
}

/// One record of a followed stream: what tshark prints as one entry of a follow block.
///
/// Not `Sendable`: ``bytes`` is lent for the duration of the handler call. Copy them
/// (`Array(record.bytes)`) to keep them.
public struct FollowRecord {
    /// The stream.
    public var stream: StreamID
    /// 0 for Node 0 (the side that sent first), 1 for Node 1.
    public var node: Int
    /// The frame that completed the bytes (for TCP, the frame whose segment delivered them).
    public var frameNumber: UInt64
    /// That frame's capture time.
    public var time: CaptureTime
    /// The bytes, lent for the call.
    public var bytes: UnsafeRawBufferPointer
}

/// Bytes of one node that the capture lacks but the peer acknowledged: tshark prints
/// `[N bytes missing in capture file]` in their place.
public struct FollowGap: Hashable, Sendable {
    /// The stream.
    public var stream: StreamID
    /// The node whose bytes are missing.
    public var node: Int
    /// How many bytes are missing, as tshark counts them.
    public var missingBytes: UInt32
    /// The acknowledging frame that revealed the gap.
    public var frameNumber: UInt64
}
