import PacketDecoding
import TCPReassembly

/// The follow engine's sink for one searched stream: routes each record to the scanner of its
/// direction (or to the conversation's with `--both`) and turns markers into gaps, so the marker
/// text is never searched as data.
struct StreamScanner: FollowSink {
    private let stream: UInt32
    private let context: SearchContext
    private var nodes: (Endpoint, Endpoint)?
    /// One scanner per direction, or one for the conversation.
    private var scopes: [DirectionScanner]

    init(stream: UInt32, context: SearchContext) {
        self.stream = stream
        self.context = context
        scopes = Array(
            repeating: DirectionScanner(patternCount: context.patterns.count),
            count: context.isConversation ? 1 : 2)
    }

    /// Whether nothing is in progress in any scope.
    var isIdle: Bool { scopes.allSatisfy(\.isIdle) }

    /// Whether a scope holds capacity that ``compact()`` would release.
    var hasSpareCapacity: Bool { scopes.contains(where: \.hasSpareCapacity) }

    mutating func begin(node0: Endpoint, node1: Endpoint) {
        nodes = (node0, node1)
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        guard let nodes else { return }
        let origin = RecordOrigin(offset: 0, node: node, frameNumber: frameNumber, timestamp: timestamp)
        scopes[scope(of: node)].feed(
            bytes, origin: origin, label: StreamLabel(stream: stream, nodes: nodes), context: context)
    }

    mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64) {
        guard let nodes else { return }
        let label = StreamLabel(stream: stream, nodes: nodes)
        let index = scope(of: node)
        let offset = scopes[index].end
        let cut = scopes[index].endPiece(label: label, context: context)
        context.report.add(SearchGap(
            stream: stream, nodes: nodes, node: node, offset: offset, missing: missing,
            frameNumber: frameNumber, cut: cut))
    }

    /// Settles everything at the end of the capture.
    mutating func finish() {
        guard let nodes else { return }
        for index in scopes.indices {
            _ = scopes[index].endPiece(label: StreamLabel(stream: stream, nodes: nodes), context: context)
        }
    }

    /// Releases the capacity idle scopes do not need.
    mutating func compact() {
        for index in scopes.indices {
            scopes[index].compact(report: context.report)
        }
    }

    private func scope(of node: Int) -> Int {
        context.isConversation ? 0 : node
    }
}
