/// The `connections` and `ports` worst cases: a stream table filled with SYN-only connections.
struct ManyConnections {
    let family: WorstCase
    /// The server end of every connection: 10.0.0.1, port 80, below every client address.
    private static let server: (address: UInt32, port: UInt16) = (0x0A00_0001, 80)

    /// Writes `count` SYNs, then the rest of the followed connection (handshake, ten bytes, ACK).
    func write(count: Int, to writer: WorstCaseWriter) {
        var random = SplitMix64(seed: 0x434F_4E4E)
        var followed: FollowedConnection?
        let followedIndex = family.followedStream(count: count)
        for index in 0..<count {
            let connection = FollowedConnection(
                hosts: hosts(index), clientISN: UInt32(truncatingIfNeeded: random.next()),
                serverISN: UInt32(truncatingIfNeeded: random.next()))
            writer.send(connection.syn, hosts: connection.hosts)
            if index == followedIndex {
                followed = connection
            }
        }
        guard let followed else { return }
        for packet in followed.handshakeRest + [followed.data(offset: 0, length: 10), followed.acknowledgment(of: 10)] {
            writer.send(packet, hosts: followed.hosts)
        }
    }

    /// Connection `index`'s ends. Client ports run 1024…65535, then start again. For
    /// `connections`, the client address is 10.k.p₁.p₂ with p₁.p₂ the port's two bytes and k = 1 +
    /// index / 64,512, so address and port rise together; for `ports`, it is always 10.0.0.2.
    private func hosts(_ index: Int) -> FrameEncoder.Hosts {
        let port = UInt16(1024 + index % 64_512)
        let address: UInt32 =
            family == .connections ? 0x0A00_0000 | UInt32(1 + index / 64_512) << 16 | UInt32(port) : 0x0A00_0002
        return FrameEncoder.Hosts(
            clientAddress: address, serverAddress: Self.server.address, clientPort: port, serverPort: Self.server.port)
    }
}
