import PacketDecoding

/// What reading a pcapng block body gave: where its trailer is, and the frame it holds.
///
/// The frame is located by offsets from the block start, because the read buffer may still
/// move before the trailer has been read.
struct PcapngBlockOutcome {
    /// A frame inside a block.
    struct Frame {
        var linkType: LinkType
        var timestamp: Timestamp
        var originalLength: Int
        /// Where the frame's bytes start, from the block start.
        var dataOffset: Int
        var dataLength: Int
        /// The interface id a packet block names; nil for other records.
        var interfaceID: Int? = nil
        /// The direction the block's first `epb_flags` option gives, if any.
        var direction: PacketDirection? = nil
        /// The interface's position among every IDB of the file (``CapturedFrame/interfaceIndex``).
        var interfaceIndex = 0
        /// The timestamp as the block stores it (``CapturedFrame/storedTimestamp``).
        var storedTimestamp: UInt64 = 0

        /// The frame, in the bytes of its whole `block`; nil when its data does not lie inside.
        func frame(in block: FieldReader) -> CapturedFrame? {
            guard let data = block.slice(at: dataOffset, count: dataLength) else { return nil }
            return CapturedFrame(
                linkType: linkType,
                timestamp: timestamp,
                originalLength: originalLength,
                bytes: data.bytes,
                interfaceID: interfaceID,
                direction: direction,
                interfaceIndex: interfaceIndex,
                storedTimestamp: storedTimestamp
            )
        }
    }

    /// The frame, for block types that give one.
    var frame: Frame?
    /// Where the block's trailing length is, from the block start.
    var trailerOffset: Int
    /// Whether tshark's parser failed in the block without an error and stopped reading there
    /// (``PcapngOptions/Ending/givesUp``), at `trailerOffset`.
    var givesUp = false
}
