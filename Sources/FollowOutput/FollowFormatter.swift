import PacketDecoding

/// Writes one tshark follow block incrementally. PLACEHOLDER: the output helper replaces this file.
package struct FollowFormatter {
    package init(mode: FollowMode, filterText: String, range: RecordRange?) {}

    /// Writes everything before the first record. `nodes` is nil when follow saw no frame (`Node 0: :0`).
    package mutating func writeHeader(nodes: (Endpoint, Endpoint)?, to out: inout [UInt8]) {}

    /// Writes one record of `node` (0 or 1) unless the range excludes it; always advances the
    /// record count and that node's byte offset.
    package mutating func writeRecord(
        node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer, to out: inout [UInt8]
    ) {}

    /// Writes everything after the last record.
    package mutating func writeFooter(to out: inout [UInt8]) {}
}
