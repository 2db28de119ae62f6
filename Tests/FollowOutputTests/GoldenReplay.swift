import FollowOutput
import PacketDecoding

/// Rebuilds a stream's record list from its tshark outputs and renders it with `FollowFormatter`.
struct GoldenReplay {
    var filterText: String
    var nodes: (Endpoint, Endpoint)?
    var records: [GoldenRecord]

    /// Rebuilds `stream`: records (node, bytes) from the raw output, frame numbers from the yaml
    /// output and exact times from `times` (a yaml `0.000000000` is a marker or a frame at time 0,
    /// written alike). A stream recorded in ascii only is rebuilt from it when its block is empty.
    /// Throws a readable problem when the outputs cannot be read or disagree.
    init(_ stream: GoldenStream, times: FrameTimes) throws(ReplayProblem) {
        guard let path = stream.outputs[.raw] ?? stream.outputs[.ascii], let rawBytes = SharedFolder.bytes(path) else {
            throw ReplayProblem("\(stream.name): no raw or ascii output")
        }
        guard let raw = RawBlock(rawBytes), stream.outputs[.raw] != nil || raw.records.isEmpty else {
            throw ReplayProblem("\(stream.name): unreadable raw output, or ascii output with records")
        }
        (filterText, nodes, records) = (raw.filterText, raw.nodes, raw.records)
        guard let yamlPath = stream.outputs[.yaml], let yaml = SharedFolder.bytes(yamlPath) else { return }
        let entries = YAMLEntries(yaml).entries
        guard entries.count == records.count else {
            throw ReplayProblem("\(stream.name): \(entries.count) yaml entries, \(records.count) raw lines")
        }
        for (index, entry) in entries.enumerated() {
            guard entry.peer == records[index].node else { throw ReplayProblem("\(stream.name): peer mismatch") }
            records[index].frameNumber = entry.frame
            if entry.timestamp != "0.000000000" {
                guard let time = times.time(set: stream.set, capture: stream.capture, frame: entry.frame) else {
                    throw ReplayProblem("\(stream.name): no recorded time for frame \(entry.frame)")
                }
                records[index].timestamp = time
            }
        }
    }

    /// The block `FollowFormatter` writes for these records in `mode`.
    func render(_ mode: FollowMode, range: RecordRange? = nil) -> [UInt8] {
        var formatter = FollowFormatter(mode: mode, filterText: filterText, range: range)
        var out: [UInt8] = []
        formatter.writeHeader(nodes: nodes, to: &out)
        for record in records {
            record.bytes.withUnsafeBytes { bytes in
                formatter.writeRecord(node: record.node, frameNumber: record.frameNumber,
                                      timestamp: record.timestamp, bytes: bytes, to: &out)
            }
        }
        formatter.writeFooter(to: &out)
        return out
    }
}

/// Why a golden stream could not be rebuilt.
struct ReplayProblem: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
