/// The adversarial captures of BENCHMARKS.md's "Worst cases" (`--worst-case FAMILY --count N`):
/// each stresses one part of a follower with `count` frames of one kind, and keeps the data of
/// the followed stream (see `followedStream`) to the end, so that no follower can stop early.
enum WorstCase: String, CaseIterable {
    /// `count` SYN-only connections to 10.0.0.1:80 whose client address and client port rise
    /// together (the address ends in the port's two bytes); connection 5 completes its handshake
    /// and sends data at the end.
    case connections
    /// `count` SYN-only connections between 10.0.0.2 and 10.0.0.1:80, the client port rising (and
    /// wrapping after 64,512, so tuples come back with a new SYN); the last one sends data.
    case ports
    /// One connection whose `count` ten-byte segments arrive last first, then one ACK of all.
    case reversed
    /// One connection whose `count` ten-byte segments arrive odd ones first, then the even ones.
    case interleaved
    /// One connection: its first ten-byte segment `count` times, then one ACK.
    case duplicates
    /// One connection: its second ten-byte segment `count` times, then the first (which fills
    /// the hole in front of the copies), then one ACK: every copy waits out of order.
    case queuedDuplicates = "duplicates-ahead"
    /// `count` first fragments of different IPv4 datagrams that never complete, between the
    /// handshake and the data of one connection.
    case fragments
    /// One connection whose data segment arrives as `count` eight-byte IPv4 fragments of one
    /// datagram (8,000 bytes, so each fragment is sent about count/1,000 times), the first last.
    case datagram

    /// The `tcp.stream` index that the benchmark follows in a capture of `count`.
    func followedStream(count: Int) -> Int {
        switch self {
        case .connections: 5
        case .ports: count - 1
        default: 0
        }
    }

    /// Writes the capture.
    func write(count: Int, to writer: WorstCaseWriter) {
        switch self {
        case .connections, .ports: ManyConnections(family: self).write(count: count, to: writer)
        case .reversed, .interleaved, .duplicates, .queuedDuplicates:
            SegmentOrder(family: self).write(count: count, to: writer)
        case .fragments: FragmentFlood.writeIncomplete(count: count, to: writer)
        case .datagram: FragmentFlood.writeOneDatagram(count: count, to: writer)
        }
    }
}
