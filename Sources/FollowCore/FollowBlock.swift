import DisplayFilter
import FollowOutput
import FrameFields
import PacketDecoding
import TCPReassembly

/// One `-z follow` block: which frames it takes, its reassembly state and its rendered text.
struct FollowBlock {
    let request: FollowRequest
    private var engine = FollowEngine()
    private var datagrams = DatagramFollower()
    private var renderer: BlockRenderer
    /// The address form of a UDP block as the display filter tshark's tap applies: any `ip.src`
    /// and any `udp.srcport` of the frame may match, so a tunnel's outer or inner header counts.
    private let udpPairFilter: DisplayFilter?

    init(request: FollowRequest) {
        self.request = request
        renderer = BlockRenderer(request: request)
        if request.followed == .udp, case .addressPair = request.filter {
            // The text is built from parsed addresses and ports, so it always compiles.
            udpPairFilter = try? DisplayFilter(compiling: request.filterText)
        } else {
            udpPairFilter = nil
        }
    }

    /// Whether a UDP block takes `frame`: one of its UDP layers is in the stream, or the frame
    /// passes the address filter.
    func selectsDatagrams(of frame: FrameFieldView) -> Bool {
        switch request.filter {
        case .stream(let index): frame.udpStreams.contains(index)
        case .addressPair: udpPairFilter?.matches(frame) ?? false
        }
    }

    /// Feeds every UDP payload of `frame` that reaches tshark's follow tap, in layer order, each
    /// attributed to the endpoints the tap sees.
    mutating func processDatagrams(of frame: FrameFieldView) {
        datagrams.process(frame, into: &renderer)
    }

    /// Whether the block's filter selects a frame of `stream` from `source` to `destination`.
    func selects(stream: UInt32, source: Endpoint, destination: Endpoint) -> Bool {
        switch request.filter {
        case .stream(let index):
            return index == stream
        case .addressPair(let a, let b):
            // The address form is the display filter of R2.2: any stream with that 4-tuple (R4.16).
            return (source == a && destination == b) || (source == b && destination == a)
        }
    }

    /// Feeds one frame to the engine; records go straight into the rendered text.
    mutating func process(_ segment: FollowSegment) {
        engine.process(segment, into: &renderer)
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
struct BlockRenderer: FollowSink {
    private var formatter: FollowFormatter
    var output: [UInt8] = []
    private var headerWritten = false
    /// The length of the header at the start of `output` while it may still be replaced.
    private var provisionalHeaderLength: Int?

    /// A renderer of `request`'s block.
    init(request: FollowRequest) {
        formatter = FollowFormatter(
            mode: request.mode, filterText: request.filterText, range: request.range, followed: request.followed)
    }

    /// Whether the nodes are fixed, so the text may be handed on.
    var isHeaderFinal: Bool { provisionalHeaderLength == nil }

    mutating func begin(node0: Endpoint, node1: Endpoint) {
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

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        formatter.writeRecord(node: node, frameNumber: frameNumber, timestamp: timestamp, bytes: bytes, to: &output)
    }

    mutating func finish() -> [UInt8] {
        if !headerWritten {
            formatter.writeHeader(nodes: nil, to: &output)
        }
        formatter.writeFooter(to: &output)
        return output
    }
}
