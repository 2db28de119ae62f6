/// BSD loopback encapsulations: a 4-byte address family before the IP packet.
extension PacketDecoder {
    /// `AF_INET` (the same value on every BSD).
    private static let familyIPv4: UInt32 = 2

    /// `LINKTYPE_NULL` (0): the family is in the *capturing* host's byte order, which tshark
    /// guesses from the value as read in its own (little-endian) order:
    ///
    /// * upper half set: a 16-bit IRIX/UNICOS family in the upper half when the top byte is 0 and
    ///   the next is below 6 (`00 0x 00 00`… read as `0x000x….`), else the value byte-swapped;
    /// * upper half clear: a byte-swapped 16-bit family when the low byte is 0 and the next is
    ///   below 6;
    /// * then a value above 1500 is an EtherType, *truncated to 16 bits* (`0f 00 08 00` reads as
    ///   0x0F000800: IPv4), anything else an address family. A leading FF 03 is PPP in HDLC-like
    ///   framing.
    mutating func dissectNull(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        if frame.uint16(at: 0) == 0xFF03 {
            return dissectPPP(frame, context, allowsAddressAndControl: true)
        }
        guard let bigEndian = frame.uint32(at: 0), let payload = frame.dropping(4) else { return nil }
        var family = bigEndian.byteSwapped
        if family & 0xFFFF_0000 != 0 {
            if family & 0xFF00_0000 == 0 && family & 0x00FF_0000 < 0x0006_0000 {
                family >>= 16
            } else {
                family = family.byteSwapped
            }
        } else if family & 0x0000_00FF == 0 && family & 0x0000_FF00 < 0x0000_0600 {
            family = UInt32(UInt16(truncatingIfNeeded: family).byteSwapped)
        }
        if family > 1500 {
            guard let context = context.entering() else { return nil }
            return dissectEtherType(UInt16(truncatingIfNeeded: family), payload, context)
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
