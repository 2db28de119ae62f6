/// Which datagram an IP fragment belongs to, matched the way tshark matches it.
enum FragmentKey: Hashable {
    /// IPv4: the addresses, and an identification into which tshark folds (XOR) the protocol
    /// number and the frame's first non-zero VLAN id. So fragments on different VLANs stay apart,
    /// untagged equals VLAN 0, and (as in tshark) an id/protocol/VLAN combination that XORs to the
    /// same value joins the same datagram.
    case v4(source: UInt32, destination: UInt32, identification: UInt32)
    /// IPv6: addresses from the fixed header and the Fragment header's identification.
    case v6(source: IPAddress, destination: IPAddress, identification: UInt32)

    /// The key of an IPv4 fragment.
    static func ipv4(_ header: IPv4Header, vlanID: UInt16) -> FragmentKey {
        let identification = UInt32(header.identification) ^ UInt32(header.protocolNumber) ^ UInt32(vlanID)
        return .v4(source: header.source, destination: header.destination, identification: identification)
    }
}
