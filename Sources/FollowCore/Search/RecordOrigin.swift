import PacketDecoding

/// Where a record of searched data came from: its first byte's offset and the frame that carried it.
package struct RecordOrigin {
    /// Data offset of the record's first byte in its direction (in the conversation with `--both`).
    package var offset: UInt64
    /// The node that sent it (0 or 1).
    package var node: Int
    package var frameNumber: UInt64
    package var timestamp: Timestamp
}
