import PacketDecoding

/// The default text output: one line per match (and per reported gap).
///
///     stream 3 node 0 10.0.0.1:40000 -> 10.0.0.2:80 offset 1234 frames 17-18
///       time 1700000000.123456789-1700000000.223456789: user=admin&[password=hunter2]&next
///
/// (one line). `frame`/`time` are singular when the match lies in one frame; `pattern N` follows
/// the stream when several patterns were given; with `--both`, `nodes 0-1` when a match spans
/// both directions.
enum MatchLine {
    static func write(_ match: SearchMatch, namesPattern: Bool, to out: inout [UInt8]) {
        var line = "stream \(match.stream)"
        if namesPattern { line += " pattern \(match.pattern + 1)" }
        let nodes = match.start.node == match.end.node ? "node \(match.start.node)" : "nodes 0-1"
        line += " \(nodes) \(direction(match.start.node, match.nodes)) offset \(match.offset)"
        if match.start.frameNumber == match.end.frameNumber {
            line += " frame \(match.start.frameNumber) time \(ByteText.time(match.start.timestamp))"
        } else {
            line += " frames \(match.start.frameNumber)-\(match.end.frameNumber)"
            line += " time \(ByteText.time(match.start.timestamp))-\(ByteText.time(match.end.timestamp))"
        }
        out += Array((line + ": ").utf8)
        ByteText.writeEscaped(match.before, to: &out)
        out.append(0x5B)
        ByteText.writeEscaped(match.bytes, to: &out)
        out.append(0x5D)
        ByteText.writeEscaped(match.after, to: &out)
        out.append(0x0A)
    }

    static func write(_ gap: SearchGap, namesPattern: Bool, to out: inout [UInt8]) {
        var line = "stream \(gap.stream) node \(gap.node) \(direction(gap.node, gap.nodes)) offset \(gap.offset): "
        line += "\(gap.missing) bytes missing (frame \(gap.frameNumber))"
        for (pattern, offset) in gap.cut {
            line += namesPattern ? ", a possible match of pattern \(pattern + 1)" : ", a possible match"
            line += " from offset \(offset) was cut"
        }
        out += Array((line + "\n").utf8)
    }

    /// `A -> B` for data sent by `node`.
    static func direction(_ node: Int, _ nodes: (Endpoint, Endpoint)) -> String {
        node == 0 ? "\(nodes.0) -> \(nodes.1)" : "\(nodes.1) -> \(nodes.0)"
    }
}
