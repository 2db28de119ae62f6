/// What the outer layers of one frame have established for the layers inside them.
///
/// Passed by value down the dissection, so a tunnel or an ICMP quote changes it only for what it
/// encloses.
struct DissectionContext {
    /// How many protocol layers deep the next one is; bounded by ``maximumDepth``.
    var depth = 0
    /// The first non-zero 802.1Q VLAN id met on the way in (0 when untagged). tshark keys IPv4
    /// fragments on it: fragments seen on different VLANs are never reassembled together.
    var vlanID: UInt16 = 0
    /// How many 802.1Q tags the frame has passed so far (tshark's `vlan` nesting count).
    var vlanTags = 0
    /// True inside the packet quoted by an ICMP or ICMPv6 error message.
    var isInErrorPacket = false
    /// True for the payload of a first IP fragment that was not reassembled: tshark dissects its
    /// TCP header but does not know the segment length.
    var isUnreassembledFirstFragment = false
    /// True inside a datagram the decoder reassembled from IP fragments: the layers found there
    /// lie in ``LayerTrail/reassembled``, not in the frame.
    var isInReassembledData = false

    /// More nesting than any real capture has (VLAN stacks, tunnels, ICMP quotes). Deeper frames
    /// are treated as carrying no TCP, which keeps hostile input from recursing without end.
    static let maximumDepth = 24

    /// The context for the next layer in, or nil when the nesting is too deep.
    func entering() -> DissectionContext? {
        guard depth < Self.maximumDepth else { return nil }
        var inner = self
        inner.depth += 1
        return inner
    }
}
