/// ICMP and ICMPv6 error messages, which quote the IP packet that caused them.
extension PacketDecoder {
    /// ICMP types whose quoted packet tshark dissects down to a usable TCP header: destination
    /// unreachable, source quench, time exceeded and parameter problem. (tshark shows only the
    /// first 8 quoted TCP bytes of a redirect, too few to count, so redirects are left out.)
    private static func isQuotingError(icmpType type: UInt8) -> Bool {
        type == 3 || type == 4 || type == 11 || type == 12
    }
    /// ICMP redirect.
    private static let redirect: UInt8 = 5
    /// ICMPv6 error types: destination unreachable, packet too big, time exceeded, parameter problem.
    private static let icmpv6ErrorTypes: ClosedRange<UInt8> = 1...4

    /// ICMP: 8 bytes of type, code, checksum and type-specific data, then for errors the quoted
    /// packet, dissected like any IP packet (fragments included) but marked as quoted.
    mutating func dissectICMP(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let type = message.uint8(at: 0) else { return nil }
        if type == Self.redirect {
            // Dissected for its layers (``layers``: tshark shows the quoted IP and TCP ports and
            // sequence number), never counted.
            _ = dissectQuotedPacket(message, context, isIPv6: false)
            return nil
        }
        guard Self.isQuotingError(icmpType: type) else { return nil }
        return dissectQuotedPacket(message, context, isIPv6: false)
    }

    /// ICMPv6: same layout; the quoted packet must be IPv6.
    mutating func dissectICMPv6(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let type = message.uint8(at: 0), Self.icmpv6ErrorTypes.contains(type) else { return nil }
        return dissectQuotedPacket(message, context, isIPv6: true)
    }

    /// The packet quoted after the 8-byte header of an error message.
    private mutating func dissectQuotedPacket(
        _ message: ByteCursor, _ context: DissectionContext, isIPv6: Bool
    ) -> TCPSegment? {
        guard var context = context.entering(), message.capturedLength >= 8, let quoted = message.dropping(8)
        else { return nil }
        context.isInErrorPacket = true
        return isIPv6 ? dissectIPv6(quoted, context) : dissectIP(quoted, context)
    }
}
