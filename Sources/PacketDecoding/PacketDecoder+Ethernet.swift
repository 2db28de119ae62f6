/// Ethernet, 802.1Q tags and the EtherType dispatch every link layer ends in.
extension PacketDecoder {
    /// Largest value of the Ethernet type field that is an 802.3 length rather than an EtherType.
    private static let maximum8023Length: UInt16 = 1500

    /// Ethernet II or 802.3 frame:
    ///
    /// ```
    /// 0      6      12     14
    /// +------+------+------+---------
    /// | dst  | src  | type | payload (padding and FCS are ignored: lengths come from IP)
    /// ```
    @inline(__always)
    mutating func dissectEthernet(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let type = frame.uint16(at: 12),
            let payload = frame.dropping(14)
        else { return nil }
        recordLayer(.ethernet, frame.bytes, headerLength: 14, context)
        return dissectTypeOrLength(type, payload, context)
    }

    /// An Ethernet or VLAN type field: an EtherType, or an 802.3 length followed by LLC.
    @inline(__always)
    private mutating func dissectTypeOrLength(
        _ type: UInt16, _ payload: ByteCursor, _ context: DissectionContext
    ) -> TCPSegment? {
        if type <= Self.maximum8023Length {
            return dissectLLC(payload.limited(to: Int(type)), context)
        }
        return dissectEtherType(type, payload, context)
    }

    /// Hands `payload` to the protocol tshark registers for `type` in its EtherType table
    /// (only those that can lead to TCP).
    mutating func dissectEtherType(
        _ type: UInt16, _ payload: ByteCursor, _ context: DissectionContext
    ) -> TCPSegment? {
        switch type {
        case 0x0800:
            // tshark's "ip" dissector goes by the version nibble: IPv6 under 0x0800 is still IPv6.
            return dissectIP(payload, context)
        case 0x86DD:
            return dissectIPv6(payload, context)
        case 0x8100, 0x9100:
            // 802.1Q and the `vlan.qinq_ethertype` default.
            return dissectVLAN(payload, context)
        case 0x88A8:
            // 802.1ad: tshark's `ieee8021ad` dissector, so no `vlan` layer (no `vlan.id`).
            return dissectVLAN(payload, context, isVLANLayer: false)
        case 0x8864:
            return dissectPPPoESession(payload, context)
        case 0x8847, 0x8848:
            return dissectMPLS(payload, context)
        case 0x6558:
            // Transparent Ethernet bridging (GRE, GENEVE).
            return dissectEthernet(payload, context)
        case 0x893F:
            return dissectETag(payload, context)
        case 0x88E7:
            return dissectITag(payload, context)
        default:
            return nil
        }
    }

    /// Most 802.1Q tags tshark's `vlan` dissector takes in one frame (`VLAN_MAX_NESTED_TAGS`):
    /// it stops at the next one (tshark still shows that one as a bare `vlan` layer with no
    /// `vlan.id`; swfollow records no layer for it).
    static let maximumVLANTags = 20

    /// An 802.1Q (or 802.1ad) tag: priority/VLAN id, then the inner type.
    /// - Parameter isVLANLayer: false for an 802.1ad tag, which tshark does not show as `vlan`, and
    ///   whose inner type is always an EtherType (the `ieee8021ad` dissector has no 802.3 length
    ///   test), where an 802.1Q tag's may be a length followed by LLC.
    private mutating func dissectVLAN(
        _ tag: ByteCursor, _ context: DissectionContext, isVLANLayer: Bool = true
    ) -> TCPSegment? {
        guard var context = context.entering(), let tci = tag.uint16(at: 0), let type = tag.uint16(at: 2),
            let payload = tag.dropping(4)
        else { return nil }
        guard isVLANLayer else {
            if context.vlanID == 0 { context.vlanID = tci & 0x0FFF }
            return dissectEtherType(type, payload, context)
        }
        context.vlanTags += 1
        guard context.vlanTags <= Self.maximumVLANTags else { return nil }
        recordLayer(.vlan, tag.bytes, headerLength: 4, context)
        if context.vlanID == 0 {
            context.vlanID = tci & 0x0FFF
        }
        return dissectTypeOrLength(type, payload, context)
    }

    /// An 802.1ah I-Tag (tshark's `ieee8021ah` dissector, EtherType 0x88E7): the 4-byte I-Tag, the
    /// customer destination and source addresses, then an EtherType (no 802.3 length test).
    ///
    /// ```
    /// 0        4          10         16       18
    /// | I-Tag  | C-dst    | C-src    | type   | payload
    /// ```
    private mutating func dissectITag(_ tag: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let type = tag.uint16(at: 16), let payload = tag.dropping(18)
        else { return nil }
        return dissectEtherType(type, payload, context)
    }

    /// An 802.1BR E-Tag (tshark's `etag` dissector): 6 bytes of tag control, then an EtherType
    /// that goes straight to the EtherType table (no 802.3 length test, no `vlan` layer).
    ///
    /// ```
    /// 0               6        8
    /// | E-TCI (6)     | type   | payload
    /// ```
    private mutating func dissectETag(_ tag: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let type = tag.uint16(at: 6), let payload = tag.dropping(8)
        else { return nil }
        return dissectEtherType(type, payload, context)
    }

    /// 802.2 LLC: only SNAP with an EtherType OUI (00-00-00 or 00-00-F8) can carry IP here.
    mutating func dissectLLC(_ llc: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), llc.uint16(at: 0) == 0xAAAA, llc.uint8(at: 2) == 0x03,
            let oui = llc.uint32(at: 2).map({ $0 & 0x00FF_FFFF }), oui == 0 || oui == 0xF8,
            let type = llc.uint16(at: 6), let payload = llc.dropping(8)
        else { return nil }
        return dissectEtherType(type, payload, context)
    }
}
