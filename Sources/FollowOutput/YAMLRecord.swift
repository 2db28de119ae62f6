import PacketDecoding

/// The YAML parts of a follow block (FOLLOW-RULES R2.10): the `peers:` header and one entry per record.
/// YAML blocks have no separator lines and no footer.
enum YAMLRecord {
    /// Appends `peers:` with both nodes and the `packets:` line. With no nodes, `host: ` is empty
    /// (a trailing space) and `port: 0`.
    static func writeHeader(nodes: (Endpoint, Endpoint)?, to out: inout [UInt8]) {
        out.append(text: "peers:\n")
        for (peer, endpoint) in [nodes?.0, nodes?.1].enumerated() {
            out.append(text: "  - peer: ")
            out.append(decimal: UInt64(peer))
            out.append(text: "\n    host: ")
            if let endpoint { out.append(contentsOf: endpoint.address.description.utf8) }
            out.append(text: "\n    port: ")
            out.append(decimal: UInt64(endpoint?.port ?? 0))
            out.append(0x0A)
        }
        out.append(text: "packets:\n")
    }

    /// Appends one `- packet:` entry: frame number, peer, timestamp and the base64 data lines.
    static func write(
        frameNumber: UInt64, peer: Int, timestamp: Timestamp, bytes: UnsafeRawBufferPointer, to out: inout [UInt8]
    ) {
        out.append(text: "  - packet: ")
        out.append(decimal: frameNumber)
        out.append(text: "\n    peer: ")
        out.append(decimal: UInt64(peer))
        out.append(text: "\n    timestamp: ")
        TimestampText.write(timestamp, to: &out)
        out.append(text: "\n    data: !!binary |\n")
        Base64Lines.write(bytes: bytes, to: &out)
    }
}
