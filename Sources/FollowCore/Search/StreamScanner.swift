import PacketDecoding
import TCPReassembly

/// The follow engine's sink for one searched stream: routes each record to the scanner of its
/// direction (or to the conversation's with `--both`) and turns markers into gaps, so the marker
/// text is never searched as data.
struct StreamScanner: FollowSink {
    private let stream: UInt32
    private let context: SearchContext
    private var nodes: (Endpoint, Endpoint)?
    /// The scanners of Node 0's and Node 1's data; with `--both` the first scans the conversation.
    private var scopes = (DirectionScanner(), DirectionScanner())

    init(stream: UInt32, context: SearchContext) {
        self.stream = stream
        self.context = context
    }

    /// Whether nothing is in progress in any scope.
    var isIdle: Bool { scopes.0.isIdle && scopes.1.isIdle }

    /// Whether a scope holds capacity that ``compact()`` would release.
    var hasSpareCapacity: Bool { scopes.0.hasSpareCapacity || scopes.1.hasSpareCapacity }

    mutating func begin(node0: Endpoint, node1: Endpoint) {
        nodes = (node0, node1)
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        guard let nodes else { return }
        let origin = RecordOrigin(offset: 0, node: node, frameNumber: frameNumber, timestamp: timestamp)
        let (label, context) = (StreamLabel(stream: stream, nodes: nodes), context)
        withScope(of: node) { $0.feed(bytes, origin: origin, label: label, context: context) }
    }

    mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64) {
        guard let nodes else { return }
        let (label, context) = (StreamLabel(stream: stream, nodes: nodes), context)
        let (offset, cut) = withScope(of: node) { ($0.end, $0.endPiece(label: label, context: context)) }
        context.report.add(
            SearchGap(
                stream: stream, nodes: nodes, node: node, offset: offset, missing: missing,
                frameNumber: frameNumber, cut: cut))
    }

    /// Settles everything at the end of the capture.
    mutating func finish() {
        guard let nodes else { return }
        let label = StreamLabel(stream: stream, nodes: nodes)
        _ = scopes.0.endPiece(label: label, context: context)
        _ = scopes.1.endPiece(label: label, context: context)
    }

    /// Releases the capacity idle scopes do not need.
    mutating func compact() {
        scopes.0.compact(report: context.report)
        scopes.1.compact(report: context.report)
    }

    /// Runs `body` on the scanner of `node`'s data (the conversation's with `--both`).
    private mutating func withScope<Result>(of node: Int, _ body: (inout DirectionScanner) -> Result) -> Result {
        node == 0 || context.isConversation ? body(&scopes.0) : body(&scopes.1)
    }
}
