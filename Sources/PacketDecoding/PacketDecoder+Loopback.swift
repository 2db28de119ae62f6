/// BSD loopback encapsulations: a 4-byte address family before the IP packet.
extension PacketDecoder {
    /// `AF_INET` (the same value on every BSD).
    private static let familyIPv4: UInt32 = 2

    /// `LINKTYPE_NULL` (0): the family is in the *capturing* host's byte order, so, like tshark, a
    /// value with its upper half set is taken as byte-swapped. Values above 1500 are EtherTypes
    /// (some systems write those), and a leading FF 03 is PPP in HDLC-like framing.
    mutating func dissectNull(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        if frame.uint16(at: 0) == 0xFF03 {
            return dissectPPP(frame, context, allowsAddressAndControl: true)
        }
        guard let bigEndian = frame.uint32(at: 0), let payload = frame.dropping(4) else { return nil }
        var family = bigEndian.byteSwapped
        if family & 0xFFFF_0000 != 0 {
            family = family.byteSwapped
        }
        if family > 1500 {
            guard let type = UInt16(exactly: family), let context = context.entering() else { return nil }
            return dissectEtherType(type, payload, context)
        }
        return dissectAddressFamily(family, payload, context)
    }

    /// `LINKTYPE_LOOP` (108): the family in network byte order, with no other guessing.
    mutating func dissectLoop(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let family = frame.uint32(at: 0), let payload = frame.dropping(4) else { return nil }
        return dissectAddressFamily(family, payload, context)
    }

    /// IPv4 goes to tshark's version-dispatching "ip" dissector; IPv6 must really be IPv6.
    private mutating func dissectAddressFamily(
        _ family: UInt32, _ payload: ByteCursor, _ context: DissectionContext
    ) -> TCPSegment? {
        switch family {
        case Self.familyIPv4:
            return dissectIP(payload, context)
        case 24, 28, 30:
            // `AF_INET6` as NetBSD/OpenBSD, FreeBSD and Darwin number it.
            return dissectIPv6(payload, context)
        default:
            return nil
        }
    }
}
