import FollowCore

/// One match of a ``StreamSearcher`` pattern in a reassembled stream.
public struct StreamMatch: Hashable, Sendable {
    /// The stream.
    public var stream: StreamID
    /// Which pattern matched (0-based, in the order given).
    public var pattern: Int
    /// Node 0 and Node 1 of the stream, as follow prints them.
    public var node0: Endpoint
    /// Node 1 of the stream.
    public var node1: Endpoint
    /// The node whose bytes hold the match's first byte.
    public var node: Int
    /// The match's first byte's offset in its subject (the direction's data, or the
    /// conversation's with ``StreamSearcher/Scope/conversation``).
    public var offset: UInt64
    /// The matched bytes.
    public var bytes: [UInt8]
    /// Up to the requested context bytes before the match (fewer at the start of the data or
    /// after a gap).
    public var before: [UInt8]
    /// Up to the requested context bytes after the match (fewer at the end of the data or before
    /// a gap).
    public var after: [UInt8]
    /// The frame that carried the first matched byte.
    public var firstFrame: UInt64
    /// The frame that carried the last matched byte.
    public var lastFrame: UInt64
    /// When the first frame was captured.
    public var time: CaptureTime

    init(_ match: SearchMatch, transport: TransportProtocol) {
        stream = StreamID(transport, match.stream)
        pattern = match.pattern
        node0 = Endpoint(match.nodes.0)
        node1 = Endpoint(match.nodes.1)
        node = match.start.node
        offset = match.offset
        bytes = match.bytes
        before = match.before
        after = match.after
        firstFrame = match.start.frameNumber
        lastFrame = match.end.frameNumber
        time = CaptureTime(match.start.timestamp)
    }
}
