/// What the decoder found of one TCP header in a frame: everything numbering and follow need.
///
/// `payload` points into memory owned by the frame or by the decoder's defragmenter, and is valid
/// only until the next call to ``PacketDecoder/decode(linkType:bytes:originalLength:)``.
package struct TCPSegment {
    /// Sender's address and port.
    package var source: Endpoint
    /// Receiver's address and port.
    package var destination: Endpoint
    /// Raw 32-bit sequence number.
    package var sequenceNumber: UInt32
    /// Raw 32-bit acknowledgment field (meaningful only with `.ack` set, but always reported).
    package var acknowledgmentNumber: UInt32
    /// Flag bits.
    package var flags: TCPFlags
    /// Header length from the data-offset field, in bytes (20…60).
    package var headerLength: Int
    /// Whether the whole header, options included, was captured (tshark's follow ignores frames
    /// whose header was cut, R3.4).
    package var isHeaderComplete: Bool
    /// The segment length on the wire, from the IP length: what tshark calls `tcp.len`.
    package var segmentLength: Int
    /// The payload bytes that were captured: at most `segmentLength`, fewer when the snap length cut them.
    package var payload: UnsafeRawBufferPointer
    /// True for a TCP header quoted inside an ICMP or ICMPv6 error: it counts for stream numbering
    /// (R3.6) but never reaches the follow engine.
    package var isQuotedInICMP: Bool

    package init(
        source: Endpoint, destination: Endpoint, sequenceNumber: UInt32, acknowledgmentNumber: UInt32,
        flags: TCPFlags, headerLength: Int, isHeaderComplete: Bool, segmentLength: Int,
        payload: UnsafeRawBufferPointer, isQuotedInICMP: Bool
    ) {
        self.source = source
        self.destination = destination
        self.sequenceNumber = sequenceNumber
        self.acknowledgmentNumber = acknowledgmentNumber
        self.flags = flags
        self.headerLength = headerLength
        self.isHeaderComplete = isHeaderComplete
        self.segmentLength = segmentLength
        self.payload = payload
        self.isQuotedInICMP = isQuotedInICMP
    }
}
