/// The addresses and ports tshark's packet info holds when a frame's dissection ends.
///
/// tshark runs its taps after the whole frame is dissected, and they read the packet info as the
/// innermost layers left it: every IP header sets the addresses, every TCP or UDP header the
/// ports. The UDP follow tap decides a datagram's direction from these, so a datagram that
/// carries a tunnel (GTP-U, VXLAN) is judged by the addresses and ports of what it carries.
package struct TapEndpoints: Sendable {
    /// The addresses of the last IP header dissected, if any.
    package var addresses: AddressPair?
    /// The source and destination ports of the last TCP or UDP header whose ports were read.
    package var ports: (source: UInt16, destination: UInt16)?

    package init(addresses: AddressPair? = nil, ports: (source: UInt16, destination: UInt16)? = nil) {
        self.addresses = addresses
        self.ports = ports
    }

    /// The source endpoint the tap sees (address 0.0.0.0 or port 0 where none was set).
    package var source: Endpoint {
        Endpoint(address: addresses?.source ?? .v4(0), port: ports?.source ?? 0)
    }

    /// The destination endpoint the tap sees.
    package var destination: Endpoint {
        Endpoint(address: addresses?.destination ?? .v4(0), port: ports?.destination ?? 0)
    }
}
