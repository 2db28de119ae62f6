import PacketDecoding

/// The frame of a text-mode follow block (ascii, ebcdic, hex, raw; FOLLOW-RULES R2.1–R2.3):
///
///     <empty line>
///     ===================================================================
///     Follow: <tcp or udp>,<mode>
///     Filter: <filter text>
///     Node 0: <endpoint>          (`:0` when follow saw no frame)
///     Node 1: <endpoint>
///     <records…>
///     ===================================================================
enum TextBlock {
    /// Appends the empty line, the separator, `Follow:`, `Filter:` and both `Node` lines.
    static func writeHeader(
        followed: FollowProtocol, mode: FollowMode, filterText: String, nodes: (Endpoint, Endpoint)?,
        to out: inout [UInt8]
    ) {
        out.append(0x0A)
        writeSeparator(to: &out)
        out.append(text: "Follow: ")
        out.append(contentsOf: followed.rawValue.utf8)
        out.append(text: ",")
        out.append(contentsOf: mode.rawValue.utf8)
        out.append(text: "\nFilter: ")
        out.append(contentsOf: filterText.utf8)
        out.append(text: "\nNode 0: ")
        out.append(contentsOf: (nodes.map { $0.0.description } ?? ":0").utf8)
        out.append(text: "\nNode 1: ")
        out.append(contentsOf: (nodes.map { $0.1.description } ?? ":0").utf8)
        out.append(0x0A)
    }

    /// Appends the line of 67 `=` that opens and closes a block.
    static func writeSeparator(to out: inout [UInt8]) {
        out.append(text: "===================================================================\n")
    }
}
