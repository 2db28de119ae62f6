/// The link-layer framing put in front of an IP packet, and its `LINKTYPE_*` value.
enum LinkLayer: Equatable {
    /// Ethernet II (1).
    case ethernet
    /// Ethernet with one 802.1Q tag (1).
    case vlan(UInt16)
    /// Ethernet with an 802.1ad outer tag and an 802.1Q inner tag (1).
    case qinq(outer: UInt16, inner: UInt16)
    /// Linux cooked capture v1 (113).
    case sll
    /// Linux cooked capture v2 (276).
    case sll2
    /// BSD loopback, address family in the given byte order (0).
    case null(bigEndian: Bool)
    /// OpenBSD loopback, address family in network order (108).
    case loop
    /// Raw IP, version from the first nibble (101).
    case raw
    /// Raw IPv4 only (228).
    case rawIPv4
    /// Raw IPv6 only (229).
    case rawIPv6

    /// The `LINKTYPE_*` value.
    var linkType: UInt32 {
        switch self {
        case .ethernet, .vlan, .qinq: 1
        case .sll: 113
        case .sll2: 276
        case .null: 0
        case .loop: 108
        case .raw: 101
        case .rawIPv4: 228
        case .rawIPv6: 229
        }
    }

    /// The frame carrying `packet` (an IPv4 or IPv6 packet, told apart by its version nibble).
    func frame(_ packet: [UInt8]) -> [UInt8] {
        let isV6 = (packet.first ?? 0) >> 4 == 6
        let etherType: UInt16 = isV6 ? 0x86DD : 0x0800
        switch self {
        case .ethernet: return Self.ethernet(tags: [], etherType) + packet
        case .vlan(let id): return Self.ethernet(tags: [(0x8100, id)], etherType) + packet
        case .qinq(let outer, let inner):
            return Self.ethernet(tags: [(0x88A8, outer), (0x8100, inner)], etherType) + packet
        case .sll:
            var header: [UInt8] = [0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 1, 0, 0]
            header.appendBE(etherType)
            return header + packet
        case .sll2:
            var header: [UInt8] = []
            header.appendBE(etherType)
            header += [0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 0, 0, 0, 0, 0, 1, 0, 0]
            return header + packet
        case .null(let bigEndian):
            let family: UInt8 = isV6 ? 24 : 2
            return (bigEndian ? [0, 0, 0, family] : [family, 0, 0, 0]) + packet
        case .loop:
            return [0, 0, 0, isV6 ? 24 : 2] + packet
        case .raw, .rawIPv4, .rawIPv6:
            return packet
        }
    }

    /// Destination 00:00:00:00:00:02, source 00:00:00:00:00:01, optional tags, then the EtherType.
    private static func ethernet(tags: [(UInt16, UInt16)], _ etherType: UInt16) -> [UInt8] {
        var header: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1]
        for (tpid, id) in tags {
            header.appendBE(tpid)
            header.appendBE(id)
        }
        header.appendBE(etherType)
        return header
    }
}
