import PacketDecoding

/// The `Filter:` line of a text-mode follow block (FOLLOW-RULES R2.2).
extension FollowRequest {
    /// `tcp.stream eq N` (`udp.stream eq N`) for the index form; for the address form, with the items A:P then B:Q in
    /// command-line order,
    /// `((ip.src eq A and tcp.srcport eq P) and (ip.dst eq B and tcp.dstport eq Q)) or
    /// ((ip.src eq B and tcp.srcport eq Q) and (ip.dst eq A and tcp.dstport eq P))`
    /// on one line, with `ipv6.` instead of `ip.` for IPv6 addresses.
    package var filterText: String {
        switch filter {
        case .stream(let index):
            return "\(followed.rawValue).stream eq \(index)"
        case .addressPair(let first, let second):
            return "(\(direction(from: first, to: second))) or (\(direction(from: second, to: first)))"
        }
    }

    /// `(ip.src eq A and tcp.srcport eq P) and (ip.dst eq B and tcp.dstport eq Q)` (`udp.` for UDP).
    private func direction(from source: Endpoint, to destination: Endpoint) -> String {
        let ports = followed.rawValue
        return "(\(Self.field(source.address)).src eq \(source.address) and \(ports).srcport eq \(source.port)) and "
            + "(\(Self.field(destination.address)).dst eq \(destination.address) and \(ports).dstport eq \(destination.port))"
    }

    /// The display-filter protocol of an address: `ip` or `ipv6`.
    private static func field(_ address: IPAddress) -> String {
        switch address {
        case .v4: "ip"
        case .v6: "ipv6"
        }
    }
}
