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
            // 802.1BR E-Tag: 6 bytes of tag control.
            return dissectTag(payload, context, length: 8)
        case 0x88E7:
            // 802.1ah I-Tag: the I-Tag, then the customer destination and source addresses.
            return dissectTag(payload, context, length: 18)
        case 0x8909:
            // Cisco MetaData: version, length, option type, SGT.
            return dissectTag(payload, context, length: 8)
        case 0x892F, 0xF1C1:
            // HSR (path and LSDU size, sequence) and 802.1CB R-Tag (reserved, sequence).
            return dissectTag(payload, context, length: 6)
        case 0x8926:
            // VN-Tag: like an 802.1Q tag, its type may be an 802.3 length followed by LLC.
            return dissectTag(payload, context, length: 6, allowsLength: true)
        default:
            return nil
        }
    }

    /// Most 802.1Q tags tshark's `vlan` dissector takes in one frame (`VLAN_MAX_NESTED_TAGS`):
    /// it stops at the next one, which it still shows as a bare `vlan` layer with no `vlan.id`.
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
        guard context.vlanTags <= Self.maximumVLANTags else {
            // Shown as a bare `vlan` (header length 0: no `vlan.id`; its summary is just `vlan`).
            recordLayer(.vlan, tag.bytes, headerLength: 0, context)
            return nil
        }
        recordLayer(.vlan, tag.bytes, headerLength: 4, context)
        if context.vlanID == 0 {
            context.vlanID = tci & 0x0FFF
        }
        return dissectTypeOrLength(type, payload, context)
    }

    /// A tag tshark steps over to the EtherType in its last two bytes: the E-Tag (`etag`), I-Tag
    /// (`ieee8021ah`), Cisco MetaData (`cmd`), HSR (`hsr`), R-Tag (`ieee8021cb`) and VN-Tag
    /// (`vntag`) dissectors. None records a layer swfollow's fields name.
    ///
    /// ```
    /// 0                      length-2   length
    /// | tag fields            | type    | payload
    /// ```
    /// - Parameter allowsLength: the type may be an 802.3 length followed by LLC (VN-Tag); the
    ///   others hand any value to the EtherType table.
    private mutating func dissectTag(
        _ tag: ByteCursor, _ context: DissectionContext, length: Int, allowsLength: Bool = false
    ) -> TCPSegment? {
        guard let context = context.entering(), let type = tag.uint16(at: length - 2),
            let payload = tag.dropping(length)
        else { return nil }
        return allowsLength
            ? dissectTypeOrLength(type, payload, context) : dissectEtherType(type, payload, context)
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
