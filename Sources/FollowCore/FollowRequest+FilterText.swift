import PacketDecoding

extension FollowRequest {
    /// The `Filter:` line: the display filter tshark builds for this request (FOLLOW-SPEC R2.2).
    package var filterText: String {
        switch filter {
        case .stream(let index):
            return "tcp.stream eq \(index)"
        case .addressPair(let a, let b):
            let ip = if case .v6 = a.address { "ipv6" } else { "ip" }
            func direction(_ from: Endpoint, _ to: Endpoint) -> String {
                "(\(ip).src eq \(from.address) and tcp.srcport eq \(from.port)) and "
                    + "(\(ip).dst eq \(to.address) and tcp.dstport eq \(to.port))"
            }
            return "(\(direction(a, b))) or (\(direction(b, a)))"
        }
    }
}
