/// The text tshark prints for an endpoint on a follow `Node` line: `a.b.c.d:port` for IPv4 and
/// `[v6]:port` for IPv6 (FOLLOW-RULES R2.3).
extension Endpoint: CustomStringConvertible {
    package var description: String {
        switch address {
        case .v4:
            return "\(address):\(port)"
        case .v6:
            return "[\(address)]:\(port)"
        }
    }
}
