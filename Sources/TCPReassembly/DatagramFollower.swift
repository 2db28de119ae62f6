import PacketDecoding

/// tshark's follow for datagrams (`follow,udp`): every payload the follow tap receives is one
/// record, in capture order, nothing held back or merged.
///
/// The first record fixes Node 0 (the sender tshark's tap sees) and Node 1 (the receiver), unless
/// its sender's port is 0, which tshark reads as "not fixed yet": the next record fixes them
/// again. A record is Node 0's when its sender is Node 0's address and port, and Node 1's
/// otherwise, so a third party's datagram counts as Node 1's. The sender is what tshark's packet info holds
/// once the frame is dissected (``TapEndpoints``), which for a tunnel's datagram is the inner
/// packet's. Lives here, beside ``FollowEngine``, because it feeds the same ``FollowSink``.
package struct DatagramFollower {
    /// Node 0, once the first record has fixed it.
    private var node0: Endpoint?

    package init() {}

    /// Turns one payload into a record.
    /// - Parameters:
    ///   - payload: the bytes the tap received (possibly none).
    ///   - sender: the source address and port the tap sees.
    ///   - receiver: the destination address and port the tap sees.
    package mutating func process(
        _ payload: UnsafeRawBufferPointer, from sender: Endpoint, to receiver: Endpoint, frameNumber: UInt64,
        timestamp: Timestamp, into sink: inout some FollowSink
    ) {
        if node0 == nil || node0?.port == 0 {
            node0 = sender
            sink.begin(node0: sender, node1: receiver)
        }
        sink.record(node: sender == node0 ? 0 : 1, frameNumber: frameNumber, timestamp: timestamp, bytes: payload)
    }
}
