import PacketDecoding

/// Hands out tshark's `udp.stream` indices: one per address-and-port pair, in the order the
/// pairs are first seen, whichever way the first datagram went.
///
/// tshark numbers a UDP conversation the first time a datagram of it passes the header's length
/// check, quoted in an ICMP error or not, and never opens a second stream for the same pair.
/// Memory grows with the number of conversations, never with the amount of data.
package struct UDPStreamTable {
    private var index = ConversationIndex()

    package init() {}

    /// How many stream indices have been handed out.
    package var count: Int { index.keys.count }

    /// The stream of the datagram from `source` to `destination`, opening one if the pair is new.
    /// - Complexity: O(1) expected.
    package mutating func assign(source: Endpoint, destination: Endpoint) -> UInt32 {
        let key = ConversationKey.oriented(source, destination).key
        return index.stream(for: key) ?? index.addStream(for: key)
    }
}
