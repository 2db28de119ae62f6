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

    /// MPLS: label stack entries up to the one with the bottom-of-stack bit, then, as tshark 4.0
    /// guesses when no pseudowire is configured, by the payload's first nibble: 4 or 6 is IP,
    /// 0 an Ethernet pseudowire; anything else (1 is a PW associated channel) no TCP.
    mutating func dissectMPLS(_ stack: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering() else { return nil }
        var offset = 0
        while let entry = stack.uint32(at: offset) {
            offset += 4
            if entry & 0x100 != 0 {
                guard let payload = stack.dropping(offset) else { return nil }
                // At the bottom of the stack, GAL (13) announces an associated channel; OAM
                // Alert (14, Y.1711) and I-TDM's default 0x99887 are bound to their own dissectors.
                switch entry >> 12 {
                case 13: return dissectAssociatedChannel(payload, context)
                case 14, 0x99887: return nil
                default: break
                }
                guard let first = payload.uint8(at: 0) else { return nil }
                switch first >> 4 {
                case 4, 6: return dissectIP(payload, context)
                case 0: return dissectEthernetPseudowire(payload, context)
                case 1: return dissectAssociatedChannel(payload, context)
                default: return nil
                }
            }
        }
        return nil
    }

    /// An associated channel header (RFC 4385/5586): 4 bytes whose channel type (bytes 2-3) names
    /// the payload; tshark dissects IPv4 (0x0021) and IPv6 (0x0057) there.
    private mutating func dissectAssociatedChannel(_ payload: ByteCursor, _ context: DissectionContext)
        -> TCPSegment?
    {
        guard payload.reportedLength >= 4, let channelType = payload.uint16(at: 2), let packet = payload.dropping(4)
        else { return nil }
        switch channelType {
        case 0x0021: return dissectIP(packet, context)
        case 0x0057: return dissectIPv6(packet, context)
        default: return nil
        }
    }

    /// tshark's Ethernet pseudowire heuristic (`pwethheuristic`, RFC 4448): an Ethernet frame
    /// straight away when both MAC addresses start with a known OUI, else a 4-byte control word
    /// (`pwethcw`) and then the frame.
    ///
    /// ```
    /// control word:  0000 | flags 4 | frag 2 | length 6 | sequence number 16
    /// ```
    private mutating func dissectEthernetPseudowire(_ payload: ByteCursor, _ context: DissectionContext)
        -> TCPSegment?
    {
        if payload.bytes.count >= 14, RegisteredOUI.isKnown(payload),
            let source = payload.dropping(6), RegisteredOUI.isKnown(source)
        {
            return dissectEthernet(payload, context)
        }
        guard let frame = payload.dropping(4) else { return nil }
        return dissectEthernet(frame, context)
    }
}
