import FollowOutput
import PacketDecoding

/// One exported stream: its protocol and index (`tcp.stream` or `udp.stream`). Export order is
/// every TCP stream ascending, then every UDP stream ascending.
package struct StreamKey: Hashable, Comparable, Sendable {
    package var followed: FollowProtocol
    package var stream: UInt32

    package init(followed: FollowProtocol, stream: UInt32) {
        self.followed = followed
        self.stream = stream
    }

    package static func < (a: StreamKey, b: StreamKey) -> Bool {
        (a.followed == .udp ? 1 : 0, a.stream) < (b.followed == .udp ? 1 : 0, b.stream)
    }

    /// The start of every file name of the stream: `tcp-000000042`, which sorts by stream.
    package var namePrefix: String {
        var name: [UInt8] = []
        appendPrefix(to: &name)
        return String(decoding: name, as: UTF8.self)
    }

    /// The name of the stream's files without the part that tells them apart:
    /// `tcp-000000042-10.0.0.1.40000-10.0.0.2.80` (Node 0, then Node 1), IPv6 colons written `-`.
    package func baseName(nodes: (Endpoint, Endpoint)?) -> String {
        var name: [UInt8] = []
        name.reserveCapacity(64)
        appendPrefix(to: &name)
        if let (node0, node1) = nodes {
            for node in [node0, node1] {
                name.append(0x2D)
                Self.appendNameText(node, to: &name)
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Appends ``namePrefix`` as UTF-8 bytes to `name`.
    private func appendPrefix(to name: inout [UInt8]) {
        name += followed.rawValue.utf8
        name.append(0x2D)
        var digits: [UInt8] = []
        ExportJSONLine.append(UInt64(stream), to: &digits)
        name += repeatElement(0x30, count: max(0, 9 - digits.count))
        name += digits
    }

    /// Appends `ADDR.PORT` to `name`, any `:` of the address written `-` (`2001-db8--1.443`).
    private static func appendNameText(_ endpoint: Endpoint, to name: inout [UInt8]) {
        for byte in endpoint.address.description.utf8 {
            name.append(byte == 0x3A ? 0x2D : byte)
        }
        name.append(0x2E)
        ExportJSONLine.append(UInt64(endpoint.port), to: &name)
    }
}
