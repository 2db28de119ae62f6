import PacketDecoding

/// Receives what a ``FollowEngine`` produces, in output order.
package protocol FollowSink {
    /// Called once, when the first frame fixes Node 0 (its source) and Node 1 (its destination).
    mutating func begin(node0: Endpoint, node1: Endpoint)
    /// One record: the new bytes of one segment, or a missing-data marker.
    /// - Parameters:
    ///   - node: 0 or 1.
    ///   - frameNumber: the frame that supplied the bytes (for a marker, the acknowledging frame).
    ///   - timestamp: that frame's time (``Timestamp/zero`` for a marker).
    ///   - bytes: valid only during the call.
    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer)
}
