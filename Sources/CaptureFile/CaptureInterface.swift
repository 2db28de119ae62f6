import PacketDecoding

/// How one interface of a capture file records its packets: what a writer copying frames into a
/// new file must declare so that they read back the same. A pcap file has one, from its header;
/// a pcapng file one per Interface Description Block.
package struct CaptureInterface: Hashable, Sendable {
    /// The link type of the interface's frames.
    package var linkType: LinkType
    /// The snapshot length declared (0: none).
    package var snapshotLength: UInt32
    /// The timestamp resolution as pcapng's `if_tsresol` byte: nil when an IDB has no such option
    /// (microseconds); 6 or 9 for a pcap file's microsecond or nanosecond records.
    package var timestampResolution: UInt8?
    /// pcapng's `if_tsoffset` in seconds, when the IDB has one.
    package var timestampOffset: Int64?

    package init(
        linkType: LinkType, snapshotLength: UInt32, timestampResolution: UInt8? = nil, timestampOffset: Int64? = nil
    ) {
        self.linkType = linkType
        self.snapshotLength = snapshotLength
        self.timestampResolution = timestampResolution
        self.timestampOffset = timestampOffset
    }
}
