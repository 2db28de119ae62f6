/// Outer IPv4 packets that carry an inner packet or frame between two tunnel endpoints,
/// 192.0.2.1 (the client's side) and 192.0.2.2 (the server's side).
///
/// `forward` is true for traffic from the client's side; the outer addresses (and, for VXLAN,
/// the outer ports) follow the direction, as real tunnel endpoints do.
enum Tunnel {
    /// The client side's outer address.
    static let near = "192.0.2.1"
    /// The server side's outer address.
    static let far = "192.0.2.2"

    /// `payload` in an outer IPv4 packet of protocol `protocolNumber`.
    static func outer(_ payload: [UInt8], protocolNumber: UInt8, forward: Bool) -> [UInt8] {
        let (source, destination) = forward ? (near, far) : (far, near)
        return IPv4Packet(
            source: IPAddressText.bytes(source), destination: IPAddressText.bytes(destination),
            protocolNumber: protocolNumber, payload: payload
        ).emit()
    }

    /// GRE (RFC 2784, protocol 47) with no options, protocol type 0x0800, carrying an IPv4 packet.
    static func gre(_ inner: [UInt8], forward: Bool) -> [UInt8] {
        outer([0, 0, 0x08, 0x00] + inner, protocolNumber: 47, forward: forward)
    }

    /// IPv4 in IPv4 (RFC 2003, protocol 4).
    static func ipInIP(_ inner: [UInt8], forward: Bool) -> [UInt8] {
        outer(inner, protocolNumber: 4, forward: forward)
    }

    /// VXLAN (RFC 7348, VNI 1) carrying an Ethernet frame, over UDP to port 4789 from port 50000
    /// (client side) or 50001 (server side), UDP checksum 0.
    static func vxlan(_ frame: [UInt8], forward: Bool) -> [UInt8] {
        outer(
            udp([0x08, 0, 0, 0, 0, 0, 1, 0] + frame, from: forward ? 50000 : 50001, to: 4789),
            protocolNumber: 17, forward: forward)
    }

    /// GTP-U version 1 (3GPP TS 29.281) T-PDU, TEID 1 (client side) or 2 (server side), carrying
    /// an IPv4 packet over UDP 2152 → 2152, UDP checksum 0.
    static func gtpU(_ inner: [UInt8], forward: Bool) -> [UInt8] {
        var message: [UInt8] = [0x30, 0xFF]
        message.appendBE(UInt16(inner.count))
        message.appendBE(UInt32(forward ? 1 : 2))
        return outer(udp(message + inner, from: 2152, to: 2152), protocolNumber: 17, forward: forward)
    }

    /// A UDP header with checksum 0 in front of `payload`.
    private static func udp(_ payload: [UInt8], from: UInt16, to: UInt16) -> [UInt8] {
        UDPHeader(sourcePort: from, destinationPort: to, checksumOverride: 0).emit(payload: payload) { _ in [] }
    }
}
