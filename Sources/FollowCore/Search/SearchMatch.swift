import PacketDecoding

/// One match, with what the report prints about it.
package struct SearchMatch {
    /// The `tcp.stream` index.
    package var stream: UInt32
    /// 0-based index of the pattern (order of `-e`).
    package var pattern: Int
    /// Node 0 and Node 1 as follow fixes them.
    package var nodes: (Endpoint, Endpoint)
    /// Data offset of the first matched byte.
    package var offset: UInt64
    /// The matched bytes.
    package var bytes: [UInt8]
    /// Up to `-C` bytes before the match (fewer at the start of the data or after a gap).
    package var before: [UInt8]
    /// Up to `-C` bytes after the match (fewer at the end of the data or before a gap).
    package var after: [UInt8]
    /// Trailing context still to come before the match can be printed.
    package var afterNeeded: Int
    /// The record holding the first matched byte.
    package var start: RecordOrigin
    /// The record holding the last matched byte.
    package var end: RecordOrigin
}

/// Bytes missing from the capture in one direction (or, with `--both`, in the conversation).
package struct SearchGap {
    package var stream: UInt32
    package var nodes: (Endpoint, Endpoint)
    /// The node whose bytes are missing.
    package var node: Int
    /// Data offset where the gap sits (the data before it ends there).
    package var offset: UInt64
    /// How many bytes are missing, as tshark's marker counts them.
    package var missing: UInt32
    /// The acknowledging frame that revealed the gap.
    package var frameNumber: UInt64
    /// Possible matches the gap cut: the pattern and the offset where the match would have started.
    package var cut: [(pattern: Int, offset: UInt64)]
}
