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
    /// The frame's interface among ``CaptureReader/interfaces``: 0 in a pcap file; in pcapng the
    /// position of its IDB among every IDB of the file, all sections together.
    package var interfaceIndex: Int
    /// The timestamp exactly as the file stores it: pcapng's 64-bit count of the interface's
    /// units; pcap's seconds in the high 32 bits and its micro- or nanoseconds in the low ones.
    package var storedTimestamp: UInt64

    package init(
        linkType: LinkType, timestamp: Timestamp, originalLength: Int, bytes: UnsafeRawBufferPointer,
        interfaceID: Int? = nil, direction: PacketDirection? = nil, interfaceIndex: Int = 0, storedTimestamp: UInt64 = 0
    ) {
        self.linkType = linkType
        self.timestamp = timestamp
        self.originalLength = originalLength
        self.bytes = bytes
        self.interfaceID = interfaceID
        self.direction = direction
        self.interfaceIndex = interfaceIndex
        self.storedTimestamp = storedTimestamp
    }
}
