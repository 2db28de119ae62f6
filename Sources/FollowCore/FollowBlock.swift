import DisplayFilter
import FollowOutput
import FrameFields
import PacketDecoding
import TCPReassembly

/// One `-z follow` block: which frames it takes, its reassembly state and its rendered text.
struct FollowBlock {
    private var followed: FollowedStream
    private var renderer: BlockRenderer

    init(request: FollowRequest) {
        followed = FollowedStream(request: request)
        renderer = BlockRenderer(request: request)
    }

    /// Whether a UDP block takes `frame` (``FollowedStream/selectsDatagrams(of:)``).
    func selectsDatagrams(of frame: FrameFieldView) -> Bool {
        followed.selectsDatagrams(of: frame)
    }

    /// Feeds every UDP payload of `frame` that reaches tshark's follow tap.
    mutating func processDatagrams(of frame: FrameFieldView) {
        followed.processDatagrams(of: frame, into: &renderer)
    }

    /// Whether the block's filter selects a frame of `stream` from `source` to `destination`.
    func selects(stream: UInt32, source: Endpoint, destination: Endpoint) -> Bool {
        followed.selects(stream: stream, source: source, destination: destination)
    }

    /// Feeds one frame to the engine; records go straight into the rendered text.
    mutating func process(_ segment: FollowSegment) {
        followed.process(segment, into: &renderer)
    }

    /// Hands the text rendered so far to `sink` once there is at least `threshold` bytes of it,
    /// and forgets it: used for the block printed first, whose text needs no holding back.
    mutating func drain(ifAtLeast threshold: Int, into sink: (UnsafeRawBufferPointer) -> Void) {
        guard renderer.isHeaderFinal else { return }
        renderer.output.drain(ifAtLeast: threshold, into: sink)
    }

    /// How many bytes of rendered text the block holds.
    var bufferedCount: Int { renderer.output.count }

    /// Offers the text rendered so far to `accept` and forgets it if `accept` took it (true).
    mutating func drainIfAccepted(by accept: (UnsafeRawBufferPointer) -> Bool) {
        if renderer.isHeaderFinal, renderer.output.withUnsafeBytes(accept) {
            renderer.output.removeAll(keepingCapacity: true)
        }
    }

    /// Completes the block and hands back its text (what ``drain(ifAtLeast:into:)`` has not taken).
    mutating func finish() -> [UInt8] {
        renderer.finish()
    }
}

/// Renders engine output as it is produced.
///
/// The header opens the text. While Node 0's port is 0 the nodes may still change (``FollowSink``):
/// the text is then kept whole, and a new header replaces the old one at its start. Also renders
/// the follow files of `swfollow export --follow`.
package struct BlockRenderer: FollowSink, Sendable {
    private var formatter: FollowFormatter
    /// The text rendered and not yet handed on.
    package var output: [UInt8] = []
    private var headerWritten = false
    /// The length of the header at the start of `output` while it may still be replaced.
    private var provisionalHeaderLength: Int?

    /// A renderer of `request`'s block.
    package init(request: FollowRequest) {
        formatter = FollowFormatter(
            mode: request.mode, filterText: request.filterText, range: request.range, followed: request.followed)
    }

    /// Whether the nodes are fixed, so the text may be handed on.
    package var isHeaderFinal: Bool { provisionalHeaderLength == nil }

    package mutating func begin(node0: Endpoint, node1: Endpoint) {
        var header: [UInt8] = []
        formatter.writeHeader(nodes: (node0, node1), to: &header)
        if let length = provisionalHeaderLength {
            output.replaceSubrange(0..<length, with: header)
        } else {
            output += header
        }
        provisionalHeaderLength = node0.port == 0 ? header.count : nil
        headerWritten = true
    }

    package mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        formatter.writeRecord(node: node, frameNumber: frameNumber, timestamp: timestamp, bytes: bytes, to: &output)
    }

    package mutating func finish() -> [UInt8] {
        if !headerWritten {
            formatter.writeHeader(nodes: nil, to: &output)
        }
        formatter.writeFooter(to: &output)
        return output
    }
}
