import FollowCore
import FollowOutput

/// Prints a followed stream exactly as tshark's `-q -z follow` block prints it, in any of the
/// five modes: the `===` frame, `Follow:`, `Filter:`, the node lines, each record, the closing
/// line (or the YAML document).
///
/// A ``FollowHandler``: hand it to a ``StreamFollower`` of the same target, then call
/// ``finish()``. A block whose target never matched prints tshark's empty block.
public struct FollowBlockFormatter: FollowHandler, Sendable {
    private var renderer: BlockRenderer

    /// A formatter of `target`'s block in `mode`.
    /// - Parameters:
    ///   - mode: the output mode.
    ///   - target: what the block follows, which its `Filter:` line names.
    ///   - records: which records to print, counted from 1 across both nodes in output order
    ///     (tshark's `,N-M` suffix); nil prints them all. Its lower bound must be at least 1.
    public init(mode: FollowMode, target: FollowTarget, records: ClosedRange<UInt32>? = nil) {
        precondition(records.map { $0.lowerBound >= 1 } ?? true, "records are counted from 1")
        let range = records.map { RecordRange(first: $0.lowerBound, last: $0.upperBound) }
        renderer = BlockRenderer(request: target.request(mode: mode.output, range: range))
    }

    /// Writes the header (or rewrites it, while Node 0's port is 0).
    public mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint) {
        renderer.begin(node0: node0.decoding, node1: node1.decoding)
    }

    /// Formats one record.
    public mutating func record(_ record: FollowRecord) {
        renderer.record(
            node: record.node, frameNumber: record.frameNumber,
            timestamp: .init(seconds: record.time.seconds, nanoseconds: record.time.nanoseconds), bytes: record.bytes)
    }

    /// Formats tshark's `[N bytes missing in capture file]` record.
    public mutating func gap(_ gap: FollowGap) {
        renderer.gap(node: gap.node, missing: gap.missingBytes, frameNumber: gap.frameNumber)
    }

    /// Hands the text formatted so far to `body` and forgets it, once there is at least
    /// `minimumCount` bytes of it, so that a long stream's text need not be held whole. Nothing is
    /// handed over while the header may still change (Node 0's port is 0).
    public mutating func takeText(atLeast minimumCount: Int = 1 << 16, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard renderer.isHeaderFinal, !renderer.output.isEmpty, renderer.output.count >= minimumCount else { return }
        renderer.output.withUnsafeBytes(body)
        renderer.output.removeAll(keepingCapacity: true)
    }

    /// Completes the block and returns its text (less what ``takeText(atLeast:_:)`` handed over).
    public mutating func finish() -> [UInt8] {
        renderer.finish()
    }
}
