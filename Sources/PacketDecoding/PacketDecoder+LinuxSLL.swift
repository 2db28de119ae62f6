/// Linux "cooked" captures (`any` interface): SLL v1 and v2.
extension PacketDecoder {
    /// `ARPHRD_NETLINK`: the protocol field then names a netlink family, not an EtherType.
    private static let netlinkHardwareType: UInt16 = 824
    /// `ARPHRD_IPGRE`: a protocol above 1536 is then a GRE protocol type, not an EtherType.
    private static let greHardwareType: UInt16 = 778
    /// `LINUX_SLL_P_802_2`: the payload is 802.2 LLC.
    private static let llcProtocol: UInt16 = 0x0004
    /// `LINUX_SLL_P_ETHERNET`: the payload is a whole Ethernet frame (tshark's `eth` without FCS).
    private static let ethernetProtocol: UInt16 = 0x0003

    /// SLL v1 (`LINKTYPE_LINUX_SLL`, 113), 16 bytes:
    ///
    /// ```
    /// 0        2        4        6                14       16
    /// | pkttype| hatype | halen  | address (8)     | proto  | payload
    /// ```
    mutating func dissectLinuxSLL(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let hardwareType = frame.uint16(at: 2), let proto = frame.uint16(at: 14),
            let payload = frame.dropping(16)
        else { return nil }
        return dissectCookedPayload(proto, hardwareType, payload, context)
    }

    /// SLL v2 (`LINKTYPE_LINUX_SLL2`, 276), 20 bytes:
    ///
    /// ```
    /// 0        2          4         8        10       11      12            20
    /// | proto  | reserved | ifindex | hatype | pkttype| halen | address (8) | payload
    /// ```
    mutating func dissectLinuxSLL2(_ frame: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let proto = frame.uint16(at: 0), let hardwareType = frame.uint16(at: 8),
            let payload = frame.dropping(20)
        else { return nil }
        return dissectCookedPayload(proto, hardwareType, payload, context)
    }

    /// The protocol field of either version: an EtherType, or one of Linux's small `ETH_P_*` codes
    /// (tshark takes 1536 and below as those: 802.2 LLC, a whole Ethernet frame, nothing that
    /// leads to IP otherwise).
    private mutating func dissectCookedPayload(
        _ proto: UInt16, _ hardwareType: UInt16, _ payload: ByteCursor, _ context: DissectionContext
    ) -> TCPSegment? {
        guard hardwareType != Self.netlinkHardwareType, let context = context.entering() else { return nil }
        if proto == Self.llcProtocol {
            return dissectLLC(payload, context)
        }
        if proto == Self.ethernetProtocol {
            return dissectEthernet(payload, context)
        }
        if hardwareType == Self.greHardwareType && proto > 1536 {
            return dissectGREProtocol(proto, payload, context, hasSequenceNumber: false)
        }
        return dissectEtherType(proto, payload, context)
    }
}
