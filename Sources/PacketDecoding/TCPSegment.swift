/// What the decoder found of one TCP header in a frame: everything numbering and follow need.
///
/// `payload` points into memory owned by the frame or by the decoder's defragmenter, and is valid
/// only until the next call to ``PacketDecoder/decode(linkType:bytes:originalLength:frameNumber:)``.
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
    /// Header length from the data-offset field, in bytes (0…60: a bogus offset below 5 is kept
    /// as tshark shows it in `tcp.hdr_len`).
    package var headerLength: Int
    /// Whether the frame can reach tshark's follow engine: the whole header, options included,
    /// was captured (R3.4), its data offset is at least 5, and the segment length is known.
    package var isHeaderComplete: Bool
    /// The segment length on the wire, from the IP length: what tshark calls `tcp.len`
    /// (0 when ``isSegmentLengthKnown`` is false).
    package var segmentLength: Int
    /// The payload bytes that were captured: at most `segmentLength`, fewer when the snap length cut them
    /// (when the length is unknown: whatever was captured after the header, inside the IP payload).
    package var payload: UnsafeRawBufferPointer
    /// True for a TCP header quoted inside an ICMP or ICMPv6 error: it counts for stream numbering
    /// (R3.6) but never reaches the follow engine.
    package var isQuotedInICMP: Bool
    /// Whether tshark knows the segment length (shows `tcp.len`). It does not when the data offset
    /// points past the IP payload, for a first IP fragment that was not reassembled, and for a
    /// header quoted in an ICMP error. Such frames still get a `tcp.stream`, but do not set a
    /// direction's base sequence number (R4.1b) and never reach follow.
    package var isSegmentLengthKnown: Bool
    /// Whether tshark's TCP tap sees this header (conversation tables count it): not quoted in an
    /// ICMP error, a data offset of at least 5, the whole header captured. Unlike
    /// ``isHeaderComplete`` the segment length may be unknown: a first IP fragment that was not
    /// reassembled is counted, though it never reaches follow.
    package var reachesTCPTap = false
    /// Whether one of tshark's option dissectors throws on this header, which hides the frame
    /// from follow and the conversation table and drops `tcp.payload` (``isMalformed(acknowledgment:)``).
    /// Judged only for headers that reach the TCP tap.
    package var optionVerdict = TCPOptionVerdict.wellFormed
    /// The SCPS options tshark's walk reaches, whose effect depends on the connection's state
    /// (``SCPSOptions``).
    package var scpsOptions = SCPSOptions(rawValue: 0)

    package init(
        source: Endpoint, destination: Endpoint, sequenceNumber: UInt32, acknowledgmentNumber: UInt32,
        flags: TCPFlags, headerLength: Int, isHeaderComplete: Bool, segmentLength: Int,
        payload: UnsafeRawBufferPointer, isQuotedInICMP: Bool, isSegmentLengthKnown: Bool = true
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
        self.isSegmentLengthKnown = isSegmentLengthKnown
    }
}
