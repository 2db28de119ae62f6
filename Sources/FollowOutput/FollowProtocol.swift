/// The transport a follow block follows: its name in `-z follow,NAME,…`, in the block's
/// `Follow:` line and in its filter (`tcp.stream`, `udp.srcport`).
package enum FollowProtocol: String, CaseIterable, Sendable {
    /// TCP: segments reassembled in sequence order.
    case tcp
    /// UDP: each datagram's payload is one record, in capture order.
    case udp
}
