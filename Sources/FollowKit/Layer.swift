import PacketDecoding

/// One protocol header the decoder passed through in a frame, outermost first.
///
/// The decoder knows the layers Wireshark's follow depends on: Ethernet and 802.1Q, the link
/// headers it skips (Linux cooked, loopback, PPP, GRE), IPv4 and IPv6 (with their fragments
/// reassembled), TCP, UDP and UDP-Lite, and the packet an ICMP error quotes.
public struct Layer {
    /// The protocols a ``Layer`` can be.
    public enum Kind: Hashable, Sendable {
        /// An Ethernet II header.
        case ethernet
        /// An 802.1Q VLAN tag.
        case vlan
        /// An IPv4 header.
        case ipv4
        /// An IPv6 header (with its extension headers).
        case ipv6
        /// A TCP header.
        case tcp
        /// A UDP header.
        case udp
        /// A UDP-Lite header (IP protocol 136).
        case udpLite
    }

    /// Which protocol it is.
    public var kind: Kind
    /// The header and what follows it, up to the end of the enclosing data that was captured
    /// (Ethernet padding excluded for IP and above). Lent like the frame's bytes.
    public var bytes: UnsafeRawBufferPointer
    /// The header's length: the IPv4 IHL, TCP data offset, 8 for UDP, 14 for Ethernet.
    public var headerLength: Int
    /// Whether the layer lies in a datagram reassembled from IP fragments, not in the frame.
    public var isReassembled: Bool
    /// Whether the layer is inside the packet an ICMP or ICMPv6 error quotes.
    public var isQuotedInICMPError: Bool

    init(_ layer: DecodedLayer, in trail: LayerTrail) {
        kind = Kind(layer.kind)
        bytes = trail.bytes(of: layer)
        headerLength = layer.headerLength
        isReassembled = layer.isReassembled
        isQuotedInICMPError = layer.isQuoted
    }
}

extension Layer.Kind {
    init(_ kind: DecodedLayer.Kind) {
        switch kind {
        case .ethernet: self = .ethernet
        case .vlan: self = .vlan
        case .ipv4: self = .ipv4
        case .ipv6: self = .ipv6
        case .tcp: self = .tcp
        case .udp: self = .udp
        case .udpLite: self = .udpLite
        }
    }
}

/// The layers of one frame, outermost first: a view that copies nothing, valid as long as the
/// frame's bytes are.
public struct Layers: RandomAccessCollection {
    let trail: LayerTrail

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of layers.
    public var endIndex: Int { trail.count }

    /// The layer at `position`.
    public subscript(position: Int) -> Layer {
        precondition(indices.contains(position), "layer index out of range")
        return Layer(trail[position], in: trail)
    }
}
