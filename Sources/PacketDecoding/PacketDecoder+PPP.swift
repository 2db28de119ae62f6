/// PPP and the encapsulations that carry it (PPPoE sessions, serial links), plus Cisco HDLC.
extension PacketDecoder {
    /// PPP: an optional FF 03 address/control pair, then a 1- or 2-byte protocol number (a
    /// compressed protocol field has its low bit set in the first byte).
    mutating func dissectPPP(
        _ frame: ByteCursor, _ context: DissectionContext, allowsAddressAndControl: Bool
    ) -> TCPSegment? {
        guard let context = context.entering() else { return nil }
        let start = allowsAddressAndControl && frame.uint16(at: 0) == 0xFF03 ? 2 : 0
        guard let first = frame.uint8(at: start) else { return nil }
        let isCompressed = first & 1 == 1
        guard let proto = isCompressed ? UInt16(first) : frame.uint16(at: start),
            let payload = frame.dropping(start + (isCompressed ? 1 : 2))
        else { return nil }
        switch proto {
        case 0x0021:
            return dissectIP(payload, context)
        case 0x0057:
            return dissectIPv6(payload, context)
        case 0x0281, 0x0283:
            return dissectMPLS(payload, context)
        default:
            return nil
        }
    }

    /// PPPoE session stage (EtherType 0x8864): version/type, code, session id and a payload length
    /// that cuts the payload short when it is smaller than the frame.
    mutating func dissectPPPoESession(_ session: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let length = session.uint16(at: 4), let payload = session.dropping(6) else { return nil }
        return dissectPPP(payload.limited(to: Int(length)), context, allowsAddressAndControl: false)
    }

    /// Cisco HDLC (`LINKTYPE_C_HDLC`, 104): address, control, then an EtherType.
    mutating func dissectCiscoHDLC(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let type = frame.uint16(at: 2), let payload = frame.dropping(4)
        else { return nil }
        return dissectEtherType(type, payload, context)
    }

    /// MPLS: label stack entries up to the one with the bottom-of-stack bit, then IPv4 or IPv6 as
    /// the version nibble says (tshark's guess when no pseudowire is configured).
    mutating func dissectMPLS(_ stack: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering() else { return nil }
        var offset = 0
        while let entry = stack.uint32(at: offset) {
            offset += 4
            if entry & 0x100 != 0 {
                guard let payload = stack.dropping(offset) else { return nil }
                return dissectIP(payload, context)
            }
        }
        return nil
    }
}
