/// The TCP header: where every successful decode ends.
extension PacketDecoder {
    /// Bytes of TCP header tshark must be able to read before it gives the frame a stream
    /// (ports, sequence, acknowledgment, data offset, flags, window: R3.4).
    private static let minimumCapturedHeader = 16

    /// Turns the TCP header at the start of `segment` into a ``TCPSegment``, with tshark's view
    /// of its lengths.
    ///
    /// * Fewer than 16 readable bytes (captured, and inside the IP length): not TCP at all.
    /// * The segment length is the IP payload length minus the data offset. It is unknown when the
    ///   data offset points past the IP payload, for a first fragment that was not reassembled and
    ///   for a header quoted in an ICMP error; tshark then shows no `tcp.len`.
    /// * A data offset below 5 still gives a length (tshark shows `tcp.len` = IP payload − 4 × offset)
    ///   but tshark stops at the bogus header, so the frame never reaches follow: such a header
    ///   does not count as complete.
    func dissectTCP(_ segment: ByteCursor, _ addresses: AddressPair, _ context: DissectionContext) -> TCPSegment? {
        guard segment.capturedLength >= Self.minimumCapturedHeader, let sourcePort = segment.uint16(at: 0),
            let destinationPort = segment.uint16(at: 2), let sequenceNumber = segment.uint32(at: 4),
            let acknowledgmentNumber = segment.uint32(at: 8), let offsetAndFlags = segment.uint16(at: 12)
        else { return nil }
        let headerLength = Int(offsetAndFlags >> 12) * 4
        let isLengthKnown =
            !context.isInErrorPacket && !context.isUnreassembledFirstFragment
            && headerLength <= segment.reportedLength
        let segmentLength = isLengthKnown ? segment.reportedLength - headerLength : 0
        // What was captured after the header, inside the IP payload: at most `segmentLength`
        // bytes when that is known (tshark shows these bytes as `tcp.payload` either way).
        let payloadStart = min(headerLength, segment.capturedLength)
        var result = TCPSegment(
            source: Endpoint(address: addresses.source, port: sourcePort),
            destination: Endpoint(address: addresses.destination, port: destinationPort),
            sequenceNumber: sequenceNumber,
            acknowledgmentNumber: acknowledgmentNumber,
            flags: TCPFlags(rawValue: offsetAndFlags & 0x0FFF),
            headerLength: headerLength,
            isHeaderComplete: isLengthKnown && headerLength >= 20 && segment.capturedLength >= headerLength,
            segmentLength: segmentLength,
            payload: UnsafeRawBufferPointer(rebasing: segment.bytes[payloadStart...]),
            isQuotedInICMP: context.isInErrorPacket,
            isSegmentLengthKnown: isLengthKnown)
        result.reachesTCPTap =
            !context.isInErrorPacket && headerLength >= 20 && segment.capturedLength >= headerLength
        if result.reachesTCPTap && headerLength > 20 {
            result.optionVerdict = Self.judgeOptions(segment, headerLength: headerLength, scps: &result.scpsOptions)
        }
        return result
    }
}
