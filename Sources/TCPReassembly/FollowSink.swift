import PacketDecoding

/// Receives what a ``FollowEngine`` produces, in output order.
package protocol FollowSink {
    /// Called when the first frame fixes Node 0 (its source) and Node 1 (its destination), and
    /// again for each later frame while Node 0's port is 0: tshark reads port 0 as "no node yet"
    /// and takes the next frame's endpoints instead. The last call names the nodes printed.
    mutating func begin(node0: Endpoint, node1: Endpoint)
    /// One record: the new bytes of one segment, or a missing-data marker.
    /// - Parameters:
    ///   - node: 0 or 1.
    ///   - frameNumber: the frame that supplied the bytes (for a marker, the acknowledging frame).
    ///   - timestamp: that frame's time (``Timestamp/zero`` for a marker).
    ///   - bytes: valid only during the call.
    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer)
    /// Bytes of `node` that the capture lacks and the peer acknowledged (R4.9).
    ///
    /// The default writes tshark's marker record; a sink that must tell markers from data (a
    /// search, which must not match the marker text) implements it.
    /// - Parameters:
    ///   - missing: how many bytes are missing, counted as tshark's marker text counts them.
    ///   - frameNumber: the acknowledging frame.
    mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64)
}

extension FollowSink {
    /// A `[N bytes missing in capture file]` record followed by one NUL byte, attributed to the
    /// acknowledging frame with timestamp zero, as tshark writes it.
    package mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64) {
        var text = Array("[\(missing) bytes missing in capture file]".utf8)
        text.append(0)
        text.withUnsafeBytes { bytes in
            record(node: node, frameNumber: frameNumber, timestamp: .zero, bytes: bytes)
        }
    }
}
