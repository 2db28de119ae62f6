/// One UDP header of a frame as tshark 4.0's `udp` dissector reads it, and the payload its
/// follow tap receives.
///
/// Read from a recorded UDP layer on demand: the header's bytes up to the end of what was
/// captured of the IP payload, and the addresses of the IP header around it. Valid, like the
/// layer trail, until the next decode.
package struct UDPDatagram {
    /// The header and everything captured after it, up to the end of the IP payload; its reported
    /// length is the IP payload's.
    package let bytes: ByteCursor
    /// The addresses of the enclosing IP header, as the conversation sees them.
    package let addresses: AddressPair
    /// True inside the packet an ICMP or ICMPv6 error quotes.
    package let isQuoted: Bool
    /// True for UDP-Lite, whose length is the IP payload's (its header holds a checksum coverage
    /// instead, which tshark does not check by default).
    package let isLite: Bool

    init(layer: DecodedLayer, bytes: UnsafeRawBufferPointer, addresses: AddressPair) {
        self.bytes = ByteCursor(bytes: bytes, reportedLength: max(bytes.count, layer.reportedLength))
        self.addresses = addresses
        isQuoted = layer.isQuoted
        isLite = layer.kind == .udpLite
    }

    /// `udp.srcport`, when captured.
    package var sourcePort: UInt16? { bytes.uint16(at: 0) }
    /// `udp.dstport`, when captured.
    package var destinationPort: UInt16? { bytes.uint16(at: 2) }
    /// `udp.length`: the length field as written, when captured; for UDP-Lite, once its coverage
    /// field was captured, the IP payload's length (as tshark computes it, in 16 bits).
    package var lengthField: UInt16? {
        guard let field = bytes.uint16(at: 4) else { return nil }
        return isLite ? UInt16(truncatingIfNeeded: bytes.reportedLength) : field
    }
    /// `udp.checksum`, when captured.
    package var checksum: UInt16? { bytes.uint16(at: 6) }

    /// The length tshark works with: the length field, except that 0 over IPv6 means the IPv6
    /// payload's length (an RFC 2675 jumbogram; tshark applies it to any size), and UDP-Lite's is
    /// always the IP payload's.
    package var length: Int? {
        guard let field = bytes.uint16(at: 4) else { return nil }
        return isLite || (field == 0 && addresses.source.isIPv6) ? bytes.reportedLength : Int(field)
    }

    /// Whether tshark goes past the length check: the header was captured whole and its length
    /// is at least 8. Only then does the datagram get a `udp.stream`, a checksum and a payload,
    /// and only then does it set the ports the taps see.
    package var hasStream: Bool {
        bytes.capturedLength >= 8 && (length ?? 0) >= 8
    }

    /// The sender's address and port (port 0 when not captured).
    package var source: Endpoint { Endpoint(address: addresses.source, port: sourcePort ?? 0) }
    /// The receiver's address and port (port 0 when not captured).
    package var destination: Endpoint { Endpoint(address: addresses.destination, port: destinationPort ?? 0) }

    /// Whether tshark hands the payload on (`decode_udp_ports`), which is where it adds
    /// `udp.payload` and queues the follow tap: past the length check, a length other than 8,
    /// and, in an ICMP error, at least one payload byte captured.
    package var reachesPayload: Bool {
        guard hasStream, length != 8 else { return false }
        return !isQuoted || bytes.capturedLength > 8
    }

    /// The bytes tshark's follow tap receives: what was captured of the payload, cut at the
    /// length field when that ends before the IP payload does; possibly empty when the snap
    /// length cut the payload. Nil when ``reachesPayload`` is false, and for a datagram quoted
    /// in an ICMP error (tshark queues it, but its follow listener skips error packets).
    package var followPayload: UnsafeRawBufferPointer? {
        guard reachesPayload, !isQuoted, let length else { return nil }
        let reported = min(bytes.reportedLength - 8, length - 8)
        let count = max(0, min(bytes.capturedLength - 8, reported))
        return UnsafeRawBufferPointer(rebasing: bytes.bytes[8..<(8 + count)])
    }

    /// `udp.payload`: every captured byte after the header to the end of the IP payload (tshark
    /// adds it with no length, so the length field does not cut it). Nil when ``reachesPayload``
    /// is false.
    package var payloadField: UnsafeRawBufferPointer? {
        guard reachesPayload else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes.bytes[8...])
    }
}
