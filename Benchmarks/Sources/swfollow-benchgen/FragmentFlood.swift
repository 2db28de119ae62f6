/// The `fragments` and `datagram` worst cases: IPv4 fragments that a defragmenter must hold.
enum FragmentFlood {
    private static let connection = FollowedConnection(
        hosts: FrameEncoder.Hosts(
            clientAddress: 0x0A00_0001, serverAddress: 0xC0A8_0001, clientPort: 40_000, serverPort: 80),
        clientISN: 0x1234_5678, serverISN: 0x9ABC_DEF0)

    /// The handshake; `count` first fragments (offset 0, More Fragments set, 24 bytes) of
    /// datagrams from 10.1.0.0 and up, each address using every identification once; then ten
    /// bytes of data and their ACK.
    static func writeIncomplete(count: Int, to writer: WorstCaseWriter) {
        writeHandshake(to: writer)
        var bytes: [UInt8] = []
        StreamText.append(offset: 0, length: 24, to: &bytes)
        for index in 0..<count {
            let fragment = FragmentEncoder.Fragment(
                source: 0x0A01_0000 &+ UInt32(index >> 16), destination: connection.hosts.serverAddress,
                identification: UInt16(index & 0xFFFF), offset: 0, moreFragments: true)
            writer.send(fragment, data: bytes[...])
        }
        writer.send(connection.data(offset: 0, length: 10), hosts: connection.hosts)
        writer.send(connection.acknowledgment(of: 10), hosts: connection.hosts)
    }

    /// The handshake; then one 8,000-byte datagram (TCP header and 7,980 data bytes) as `count`
    /// eight-byte fragments: offsets 8, 16, … 7,984 over and over, then the last one (7,992, More
    /// Fragments clear), then offset 0, which completes it; then the server's ACK.
    static func writeOneDatagram(count: Int, to writer: WorstCaseWriter) {
        let datagramLength = 8_000
        writeHandshake(to: writer)
        let segment = connection.data(offset: 0, length: datagramLength - 20)
        let datagram = writer.segmentBytes(segment, hosts: connection.hosts)
        let middlePieces = datagramLength / 8 - 2
        let offsets = (0..<max(count - 2, 0)).map { 8 + $0 % middlePieces * 8 } + [datagramLength - 8, 0]
        for offset in offsets {
            let fragment = FragmentEncoder.Fragment(
                source: connection.hosts.clientAddress, destination: connection.hosts.serverAddress,
                identification: 0x4242, offset: offset, moreFragments: offset != datagramLength - 8)
            writer.send(fragment, data: datagram[offset..<offset + 8])
        }
        writer.send(connection.acknowledgment(of: datagramLength - 20), hosts: connection.hosts)
    }

    private static func writeHandshake(to writer: WorstCaseWriter) {
        for packet in connection.handshake {
            writer.send(packet, hosts: connection.hosts)
        }
    }
}
