import FollowOutput
import PacketDecoding

/// A hand-built record for unit tests.
struct TestRecord {
    var node: Int
    var bytes: [UInt8]
    var frame: UInt64 = 1
    var time: Timestamp = .zero

    init(_ node: Int, _ text: String, frame: UInt64 = 1, time: Timestamp = .zero) {
        self.init(node, Array(text.utf8), frame: frame, time: time)
    }

    init(_ node: Int, _ bytes: [UInt8], frame: UInt64 = 1, time: Timestamp = .zero) {
        (self.node, self.bytes, self.frame, self.time) = (node, bytes, frame, time)
    }
}

/// 10.0.0.1:40000 and 10.0.0.2:80, the spec cases' client and server.
let specNodes = (
    Endpoint(address: .v4(0x0A00_0001), port: 40000), Endpoint(address: .v4(0x0A00_0002), port: 80)
)

/// Renders a whole block: header, records, footer.
func renderBlock(
    _ mode: FollowMode, _ records: [TestRecord], nodes: (Endpoint, Endpoint)? = specNodes,
    filter: String = "tcp.stream eq 0", range: RecordRange? = nil
) -> String {
    String(decoding: renderBytes(mode, records, nodes: nodes, filter: filter, range: range), as: UTF8.self)
}

/// Renders a whole block as bytes.
func renderBytes(
    _ mode: FollowMode, _ records: [TestRecord], nodes: (Endpoint, Endpoint)? = specNodes,
    filter: String = "tcp.stream eq 0", range: RecordRange? = nil
) -> [UInt8] {
    var formatter = FollowFormatter(mode: mode, filterText: filter, range: range)
    var out: [UInt8] = []
    formatter.writeHeader(nodes: nodes, to: &out)
    for record in records {
        record.bytes.withUnsafeBytes {
            formatter.writeRecord(
                node: record.node, frameNumber: record.frame, timestamp: record.time, bytes: $0, to: &out)
        }
    }
    formatter.writeFooter(to: &out)
    return out
}

/// The text-mode header for `mode` with the spec nodes and stream 0.
func specHeader(_ mode: String) -> String {
    "\n" + separator + "Follow: tcp,\(mode)\nFilter: tcp.stream eq 0\nNode 0: 10.0.0.1:40000\nNode 1: 10.0.0.2:80\n"
}

/// 67 `=` and LF.
let separator = String(repeating: "=", count: 67) + "\n"
