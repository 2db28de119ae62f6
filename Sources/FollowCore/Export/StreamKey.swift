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
        let digits = String(stream)
        return followed.rawValue + "-" + String(repeating: "0", count: max(0, 9 - digits.count)) + digits
    }

    /// The name of the stream's files without the part that tells them apart:
    /// `tcp-000000042-10.0.0.1.40000-10.0.0.2.80` (Node 0, then Node 1), IPv6 colons written `-`.
    package func baseName(nodes: (Endpoint, Endpoint)?) -> String {
        guard let (node0, node1) = nodes else { return namePrefix }
        return namePrefix + "-" + Self.nameText(node0) + "-" + Self.nameText(node1)
    }

    /// `ADDR.PORT` with any `:` of the address written `-` (`2001-db8--1.443`).
    private static func nameText(_ endpoint: Endpoint) -> String {
        String(endpoint.address.description.map { $0 == ":" ? "-" : $0 }) + "." + String(endpoint.port)
    }
}
