/// The `reversed`, `interleaved`, `duplicates` and `duplicates-ahead` worst cases: one connection whose ten-byte
/// segments arrive in an order that makes a follower queue them.
struct SegmentOrder {
    let family: WorstCase
    private static let segmentLength = 10

    /// Writes the handshake, the data segments in the family's order, and one ACK of every byte.
    func write(count: Int, to writer: WorstCaseWriter) {
        let connection = FollowedConnection(
            hosts: FrameEncoder.Hosts(
                clientAddress: 0x0A00_0001, serverAddress: 0xC0A8_0001, clientPort: 40_000, serverPort: 80),
            clientISN: 0x1234_5678, serverISN: 0x9ABC_DEF0)
        for packet in connection.handshake {
            writer.send(packet, hosts: connection.hosts)
        }
        let order = segmentIndices(count: count)
        for index in order {
            writer.send(
                connection.data(offset: index * Self.segmentLength, length: Self.segmentLength),
                hosts: connection.hosts)
        }
        let received = (order.max() ?? -1) + 1
        writer.send(connection.acknowledgment(of: received * Self.segmentLength), hosts: connection.hosts)
    }

    /// The segment numbers in arrival order.
    private func segmentIndices(count: Int) -> [Int] {
        switch family {
        case .reversed: Array((0..<count).reversed())
        case .interleaved: Array(stride(from: 1, to: count, by: 2)) + Array(stride(from: 0, to: count, by: 2))
        case .duplicates: Array(repeating: 0, count: count)
        default: Array(repeating: 1, count: max(count - 1, 0)) + [0]
        }
    }
}
