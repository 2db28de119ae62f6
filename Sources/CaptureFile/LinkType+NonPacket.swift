import PacketDecoding

extension LinkType {
    /// Marks a frame that is not a packet: a pcapng custom, Sysdig or systemd-journal block,
    /// which tshark numbers as a frame like any packet. No real link type is this large
    /// (pcap and pcapng link types are 16-bit), so decoders simply find nothing in it.
    package static let nonPacketRecord = LinkType(rawValue: 0xFFFF_FFFF)
}
