/// A protocol's summary, the text tshark's `-T fields` prints for a protocol name (`-e tcp`):
/// the label of the protocol's tree item, one per occurrence.
///
/// As tshark 4.0.17 writes them (checked on the reference corpus):
/// - `frame`: `Frame 1: 54 bytes on wire (432 bits), 54 bytes captured (432 bits)`, followed
///   in pcapng files by ` on interface eth0, id 0` (`unknown` for an interface without a name)
/// - `eth`: `Ethernet II, Src: 00:00:00:00:00:01, Dst: 00:00:00:00:00:02` (the `-n` form)
/// - `vlan`: `802.1Q Virtual LAN, PRI: 0, DEI: 0, ID: 100`
/// - `ip`, `ipv6`: `Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2`
/// - `tcp`: `Transmission Control Protocol, Src Port: 40000, Dst Port: 80, Seq: 1, Ack: 1,
///   Len: 0` (relative numbers; `Ack` only when the ACK flag is set; only the ports for a
///   header in an ICMP error, which has no `tcp.stream`; no `Ack` or `Len` without `tcp.flags`)
/// - `udp`: `User Datagram Protocol, Src Port: 53, Dst Port: 40000` (port numbers, never
///   service names); `udplite`: `Lightweight User Datagram Protocol, Src Port: …, Dst Port: …`
///
/// A part whose field the occurrence lacks (a header cut short) is left out, as tshark does.
package enum ProtocolSummary: Hashable, Sendable {
    case frame, ethernet, vlan, ipv4, ipv6, tcp, udp, udpLite

    /// The summary of the protocol called `name`, or nil when swfollow cannot write it.
    init?(protocolName name: String) {
        switch name {
        case "frame": self = .frame
        case "eth": self = .ethernet
        case "vlan": self = .vlan
        case "ip": self = .ipv4
        case "ipv6": self = .ipv6
        case "tcp": self = .tcp
        case "udp": self = .udp
        case "udplite": self = .udpLite
        default: return nil
        }
    }

    /// The protocol's name in ``FieldRegistry/standard``.
    var protocolName: String {
        switch self {
        case .frame: "frame"
        case .ethernet: "eth"
        case .vlan: "vlan"
        case .ipv4: "ip"
        case .ipv6: "ipv6"
        case .tcp: "tcp"
        case .udp: "udp"
        case .udpLite: "udplite"
        }
    }
}
