import PacketDecoding

/// Writes one tshark 4.0.17 follow block (`-z follow,tcp,MODE,…` or `follow,udp`) incrementally,
/// byte for byte.
///
/// Call ``writeHeader(nodes:to:)`` once, ``writeRecord(node:frameNumber:timestamp:bytes:to:)``
/// for each record in output order, then ``writeFooter(to:)``. The formatter keeps the only
/// state a block needs: the 1-based record count (for the RANGE, R2.12) and each node's running
/// byte offset (for hex mode, R2.8).
package struct FollowFormatter: Sendable {
    /// The display mode.
    package let mode: FollowMode
    /// The protocol named in the `Follow:` line.
    package let followed: FollowProtocol
    /// The text of the `Filter:` line (text modes only).
    package let filterText: String
    /// The records to print; nil prints all.
    package let range: RecordRange?
    /// Records seen so far, printed or not.
    private var recordCount: UInt64 = 0
    /// Bytes seen so far per node (hex offsets). 32-bit, wrapping like tshark's counters.
    private var offsets: (UInt32, UInt32) = (0, 0)

    /// Creates a formatter for one block.
    /// - Parameters:
    ///   - mode: The display mode.
    ///   - filterText: The `Filter:` text, e.g. `tcp.stream eq 0` (ignored by yaml).
    ///   - range: The `,N-M` record range, or nil for all records.
    ///   - followed: The protocol named in the `Follow:` line.
    package init(mode: FollowMode, filterText: String, range: RecordRange?, followed: FollowProtocol = .tcp) {
        self.mode = mode
        self.followed = followed
        self.filterText = filterText
        self.range = range
    }

    /// Writes everything before the first record. `nodes` is (Node 0, Node 1), or nil when follow saw
    /// no frame (`Node 0: :0`; yaml: empty host and port 0).
    package func writeHeader(nodes: (Endpoint, Endpoint)?, to out: inout [UInt8]) {
        if mode == .yaml {
            YAMLRecord.writeHeader(nodes: nodes, to: &out)
        } else {
            TextBlock.writeHeader(
                followed: followed, mode: mode, filterText: filterText, nodes: nodes, to: &out)
        }
    }

    /// Writes one record of `node` (0, or 1 for any other value) unless the range excludes it;
    /// always advances the record count and that node's byte offset.
    /// - Parameters:
    ///   - frameNumber: The frame that supplied the bytes (yaml `packet:`).
    ///   - timestamp: That frame's time, or ``Timestamp/zero`` for a missing-data marker.
    ///   - bytes: The record's bytes.
    package mutating func writeRecord(
        node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer, to out: inout [UInt8]
    ) {
        recordCount += 1
        let isNode1 = node != 0
        let offset = isNode1 ? offsets.1 : offsets.0
        let length = UInt32(truncatingIfNeeded: bytes.count)
        if isNode1 { offsets.1 &+= length } else { offsets.0 &+= length }
        if let range, !range.contains(recordCount) { return }
        switch mode {
        case .ascii:
            ByteTables.asciiText.withUnsafeBufferPointer { table in
                MappedTextRecord.write(bytes: bytes, indented: isNode1, table: table, to: &out)
            }
        case .ebcdic:
            ByteTables.ebcdicText.withUnsafeBufferPointer { table in
                MappedTextRecord.write(bytes: bytes, indented: isNode1, table: table, to: &out)
            }
        case .hex:
            HexDumpRecord.write(bytes: bytes, offset: offset, indented: isNode1, to: &out)
        case .raw:
            RawRecord.write(bytes: bytes, indented: isNode1, to: &out)
        case .yaml:
            YAMLRecord.write(
                frameNumber: frameNumber, peer: isNode1 ? 1 : 0, timestamp: timestamp, bytes: bytes, to: &out)
        }
    }

    /// Writes everything after the last record: the closing separator (nothing in yaml).
    package func writeFooter(to out: inout [UInt8]) {
        if mode != .yaml { TextBlock.writeSeparator(to: &out) }
    }
}
