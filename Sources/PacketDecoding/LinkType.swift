/// A capture file's link-layer header type (the `LINKTYPE_*` registry that pcap and pcapng share).
package struct LinkType: RawRepresentable, Hashable, Sendable {
    package var rawValue: UInt32

    package init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// BSD loopback: a 4-byte host-order address family (`LINKTYPE_NULL`, 0).
    package static let null = LinkType(rawValue: 0)
    /// Ethernet II / 802.3 (`LINKTYPE_ETHERNET`, 1).
    package static let ethernet = LinkType(rawValue: 1)
    /// Raw IPv4 or IPv6, told apart by the version nibble (`LINKTYPE_RAW`, 101).
    package static let raw = LinkType(rawValue: 101)
    /// OpenBSD loopback: a 4-byte network-order address family (`LINKTYPE_LOOP`, 108).
    package static let loop = LinkType(rawValue: 108)
    /// Linux cooked capture v1 (`LINKTYPE_LINUX_SLL`, 113).
    package static let linuxSLL = LinkType(rawValue: 113)
    /// Raw IPv4 only (`LINKTYPE_IPV4`, 228).
    package static let ipv4 = LinkType(rawValue: 228)
    /// Raw IPv6 only (`LINKTYPE_IPV6`, 229).
    package static let ipv6 = LinkType(rawValue: 229)
    /// Linux cooked capture v2 (`LINKTYPE_LINUX_SLL2`, 276).
    package static let linuxSLL2 = LinkType(rawValue: 276)
}
