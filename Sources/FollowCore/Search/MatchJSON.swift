import PacketDecoding

/// `--json`: one object per line.
///
///     {"type":"match","stream":3,"pattern":1,"node":0,"src":"10.0.0.1:40000","dst":"10.0.0.2:80",
///      "offset":1234,"length":16,"frame":17,"time":"1700000000.123456789","end_node":0,
///      "end_frame":18,"end_time":"1700000000.223456789","match":"…","before":"…","after":"…"}
///     {"type":"gap","stream":3,"node":1,"src":…,"dst":…,"offset":8,"missing":8,"frame":53,
///      "cut":[{"pattern":1,"offset":5}]}
///
/// `pattern` is 1-based (order of `-e`); offsets count data bytes from 0; times are exact strings;
/// byte strings map each byte to one character U+0000–U+00FF.
enum MatchJSON {
    static func write(_ match: SearchMatch, to out: inout [UInt8]) {
        var head = "{\"type\":\"match\",\"stream\":\(match.stream),\"pattern\":\(match.pattern + 1),"
        head += endpoints(match.start.node, match.nodes)
        head += ",\"offset\":\(match.offset),\"length\":\(match.bytes.count)"
        head += ",\"frame\":\(match.start.frameNumber),\"time\":\"\(ByteText.time(match.start.timestamp))\""
        head += ",\"end_node\":\(match.end.node),\"end_frame\":\(match.end.frameNumber)"
        head += ",\"end_time\":\"\(ByteText.time(match.end.timestamp))\",\"match\":"
        out += Array(head.utf8)
        ByteText.writeJSONString(match.bytes, to: &out)
        out += Array(",\"before\":".utf8)
        ByteText.writeJSONString(match.before, to: &out)
        out += Array(",\"after\":".utf8)
        ByteText.writeJSONString(match.after, to: &out)
        out += Array("}\n".utf8)
    }

    static func write(_ gap: SearchGap, to out: inout [UInt8]) {
        var text = "{\"type\":\"gap\",\"stream\":\(gap.stream)," + endpoints(gap.node, gap.nodes)
        text += ",\"offset\":\(gap.offset),\"missing\":\(gap.missing),\"frame\":\(gap.frameNumber),\"cut\":["
        text += gap.cut.map { "{\"pattern\":\($0.pattern + 1),\"offset\":\($0.offset)}" }.joined(separator: ",")
        out += Array((text + "]}\n").utf8)
    }

    /// `"node":N,"src":"…","dst":"…"` for data sent by `node`.
    private static func endpoints(_ node: Int, _ nodes: (Endpoint, Endpoint)) -> String {
        let (source, destination) = node == 0 ? nodes : (nodes.1, nodes.0)
        return "\"node\":\(node),\"src\":\"\(source)\",\"dst\":\"\(destination)\""
    }
}
