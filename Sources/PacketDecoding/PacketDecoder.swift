/// Decodes captured frames down to their TCP header, the way tshark's dissectors would see it.
///
/// Stateful only for IP defragmentation. PLACEHOLDER: the decoding helper replaces this file.
package struct PacketDecoder {
    /// Options that change what counts as TCP (tshark's `ip.defragment` preference).
    package struct Options: Sendable {
        /// Reassemble IPv4 (and IPv6) fragments before TCP sees them (tshark default: true).
        package var defragment: Bool = true
        package init(defragment: Bool = true) { self.defragment = defragment }
    }

    package init(options: Options = Options()) {}

    /// Decodes one frame. Returns the TCP segment it carries (possibly one completed by
    /// defragmentation, or one quoted in an ICMP error), or nil when the frame has no TCP header
    /// of at least 16 captured bytes.
    package mutating func decode(
        linkType: LinkType, bytes: UnsafeRawBufferPointer, originalLength: Int
    ) -> TCPSegment? {
        nil
    }
}
