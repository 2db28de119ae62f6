/// The packets of one HTTP-like TCP connection in the order they reach the capture point:
/// handshake, a request, a response cut into full-size segments (some swapped, some sent twice),
/// the client's ACKs as a real receiver would send them, and a FIN exchange.
struct ConnectionScript {
    /// TCP flag bits used by the generator.
    enum Flag {
        static let fin: UInt8 = 0x01
        static let syn: UInt8 = 0x02
        static let psh: UInt8 = 0x08
        static let ack: UInt8 = 0x10
    }

    /// How the response segments are disturbed, in hundredths of a percent per segment.
    struct Disturbance {
        /// A segment and the next one arrive swapped.
        var reorderBasisPoints: Int
        /// A segment arrives a second time, two segments later.
        var retransmitBasisPoints: Int
    }

    private(set) var packets: [ScriptedPacket] = []

    /// Builds the script.
    /// - Parameters:
    ///   - requestLength: bytes the client sends (one segment when at most `segmentSize`).
    ///   - responseLength: bytes the server sends.
    ///   - segmentSize: the largest payload of one segment (the MSS, 1460 by default).
    init(
        requestLength: Int, responseLength: Int, segmentSize: Int, disturbance: Disturbance,
        random: inout SplitMix64
    ) {
        let clientISN = UInt32(truncatingIfNeeded: random.next())
        let serverISN = UInt32(truncatingIfNeeded: random.next())
        let clientData = clientISN &+ 1
        let serverData = serverISN &+ 1
        let requestEnd = clientData &+ UInt32(requestLength)
        let responseEnd = serverData &+ UInt32(responseLength)

        add(true, clientISN, 0, Flag.syn)
        add(false, serverISN, clientData, Flag.syn | Flag.ack)
        add(true, clientData, serverData, Flag.ack)
        for (offset, length) in Self.segments(of: requestLength, size: segmentSize) {
            add(true, clientData &+ UInt32(offset), serverData, Flag.psh | Flag.ack, offset, length)
        }
        var receiver = InOrderReceiver()
        var arrivals = 0
        for (offset, length) in Self.arrivalOrder(responseLength, segmentSize, disturbance, &random) {
            add(false, serverData &+ UInt32(offset), requestEnd, Flag.ack, offset, length)
            receiver.receive(offset: offset, length: length)
            arrivals += 1
            if arrivals % 2 == 0 {
                add(true, requestEnd, serverData &+ UInt32(receiver.contiguous), Flag.ack)
            }
        }
        add(false, responseEnd, requestEnd, Flag.fin | Flag.ack)
        add(true, requestEnd, responseEnd &+ 1, Flag.fin | Flag.ack)
        add(false, responseEnd &+ 1, requestEnd &+ 1, Flag.ack)
    }

    private mutating func add(
        _ fromClient: Bool, _ sequence: UInt32, _ acknowledgment: UInt32, _ flags: UInt8,
        _ offset: Int = 0, _ length: Int = 0
    ) {
        packets.append(
            ScriptedPacket(
                fromClient: fromClient, sequence: sequence, acknowledgment: acknowledgment, flags: flags,
                streamOffset: offset, payloadLength: length))
    }

    /// `total` bytes cut into (offset, length) pieces of at most `size` bytes.
    private static func segments(of total: Int, size: Int) -> [(Int, Int)] {
        stride(from: 0, to: total, by: size).map { ($0, min(size, total - $0)) }
    }

    /// The response segments in arrival order: some neighbours swapped, some sent again later.
    private static func arrivalOrder(
        _ total: Int, _ size: Int, _ disturbance: Disturbance, _ random: inout SplitMix64
    ) -> [(Int, Int)] {
        let inOrder = segments(of: total, size: size)
        var order: [(Int, Int)] = []
        var retransmissions: [(due: Int, segment: (Int, Int))] = []
        var index = 0
        while index < inOrder.count {
            if index + 1 < inOrder.count, random.chance(basisPoints: disturbance.reorderBasisPoints) {
                order += [inOrder[index + 1], inOrder[index]]
                index += 2
            } else {
                order.append(inOrder[index])
                if random.chance(basisPoints: disturbance.retransmitBasisPoints) {
                    retransmissions.append((order.count + 2, inOrder[index]))
                }
                index += 1
            }
            while let first = retransmissions.first, first.due <= order.count {
                order.append(first.segment)
                retransmissions.removeFirst()
            }
        }
        order += retransmissions.map(\.segment)
        return order
    }
}

/// What a receiver has of a byte stream: the contiguous prefix (what it acknowledges) and the
/// pieces received beyond it.
private struct InOrderReceiver {
    private(set) var contiguous = 0
    private var ahead: [Int: Int] = [:]

    mutating func receive(offset: Int, length: Int) {
        guard offset + length > contiguous else { return }
        if offset > contiguous {
            ahead[offset] = max(ahead[offset] ?? 0, length)
            return
        }
        contiguous = offset + length
        while let (start, length) = ahead.first(where: { $0.key <= contiguous }) {
            ahead[start] = nil
            contiguous = max(contiguous, start + length)
        }
    }
}
