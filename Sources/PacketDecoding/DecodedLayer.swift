/// One protocol layer the decoder passed through in a frame, and where its bytes are.
///
/// Offsets count from the start of the layer's bytes source: the captured frame, or the datagrams
/// the decoder reassembled from IP fragments (``LayerTrail/reassembled``). A layer runs from its
/// first header byte to its searchable end: the end of what was captured of its enclosing data
/// for Ethernet and 802.1Q, of its IP datagram (Ethernet padding excluded) for IPv4, IPv6, TCP
/// and UDP.
package struct DecodedLayer: Hashable, Sendable {
    /// The protocols recorded: those the display filter names.
    package enum Kind: UInt8, Hashable, Sendable {
        case ethernet
        case vlan
        case ipv4
        case ipv6
        case tcp
        case udp
        /// UDP-Lite (IP protocol 136): tshark's `udp` dissector reads it too, and numbers it in
        /// the same `udp.stream` space, but shows the protocol as `udplite`.
        case udpLite

        /// Whether the layer is a UDP or UDP-Lite header (`udp.*` fields, `udp.stream`, follow,udp).
        package var isUDP: Bool { self == .udp || self == .udpLite }
    }

    package var kind: Kind
    /// True when the layer lies in a reassembled datagram rather than in the frame.
    package var isReassembled: Bool
    /// True inside the packet an ICMP or ICMPv6 error quotes.
    package var isQuoted: Bool
    /// Where the header starts in its bytes source.
    package var offset: Int
    /// The header's length (the TCP data offset, the IPv4 IHL, 40 for IPv6, 14, 4).
    package var headerLength: Int
    /// Where the searchable bytes end in the bytes source.
    package var end: Int
    /// The layer's length as tshark reports it, header included: at least `end - offset`, more
    /// when the snap length cut the frame (an IPv4 total length of 0 is presumed to be this).
    package var reportedLength: Int

    package init(
        kind: Kind, isReassembled: Bool, isQuoted: Bool = false, offset: Int, headerLength: Int, end: Int,
        reportedLength: Int? = nil
    ) {
        self.kind = kind
        self.isReassembled = isReassembled
        self.isQuoted = isQuoted
        self.offset = offset
        self.headerLength = headerLength
        self.end = end
        self.reportedLength = max(reportedLength ?? 0, end - offset)
    }

    /// An empty placeholder.
    static let none = DecodedLayer(kind: .ethernet, isReassembled: false, offset: 0, headerLength: 0, end: 0)
}
