/// An IPv4 or IPv6 address as the follow engine compares and prints it.
package enum IPAddress: Hashable, Sendable {
    /// An IPv4 address; the first octet is the most significant byte.
    case v4(UInt32)
    /// An IPv6 address as two big-endian halves: `high` holds bytes 0–7, `low` bytes 8–15.
    case v6(high: UInt64, low: UInt64)

    /// True for an IPv6 address.
    package var isIPv6: Bool {
        if case .v6 = self { true } else { false }
    }
}
