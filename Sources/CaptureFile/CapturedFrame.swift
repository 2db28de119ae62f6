import PacketDecoding

/// One record read from a capture file. `bytes` is valid until the next read from the same reader.
package struct CapturedFrame {
    package var linkType: LinkType
    package var timestamp: Timestamp
    /// The frame's length on the wire (`orig_len`); `bytes.count` is the captured length.
    package var originalLength: Int
    package var bytes: UnsafeRawBufferPointer
    /// The pcapng interface id the packet block names (0 for a Simple Packet Block), as tshark
    /// shows it; nil for pcap files and non-packet records. ``CaptureReader/interfaceName(_:)``
    /// gives its name.
    package var interfaceID: Int?
    /// The direction an (Enhanced) Packet Block's first `epb_flags` option records; nil when it
    /// has none, and for pcap files.
    package var direction: PacketDirection?

    package init(
        linkType: LinkType, timestamp: Timestamp, originalLength: Int, bytes: UnsafeRawBufferPointer,
        interfaceID: Int? = nil, direction: PacketDirection? = nil
    ) {
        self.linkType = linkType
        self.timestamp = timestamp
        self.originalLength = originalLength
        self.bytes = bytes
        self.interfaceID = interfaceID
        self.direction = direction
    }
}
