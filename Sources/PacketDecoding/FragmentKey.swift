/// Which datagram an IP fragment belongs to, with exactly the fields tshark matches on.
enum FragmentKey: Hashable {
    /// IPv4: addresses, identification and protocol, plus the first non-zero VLAN id of the frame
    /// (tshark does not reassemble fragments seen on different VLANs; untagged is VLAN 0).
    case v4(source: UInt32, destination: UInt32, identification: UInt16, protocolNumber: UInt8, vlanID: UInt16)
    /// IPv6: addresses from the fixed header and the Fragment header's identification.
    case v6(source: IPAddress, destination: IPAddress, identification: UInt32)
}
