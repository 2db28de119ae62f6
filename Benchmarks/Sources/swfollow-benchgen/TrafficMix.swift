/// The traffic `--udp-share PERCENT` mixes into the benchmark capture, next to the HTTP-like
/// connections: `--udp-transactions` DNS-like query/response pairs, each from its own client
/// address and port (so each one is a `udp.stream` of two datagrams); three long UDP flows that
/// share the rest of the UDP bytes (an RTP-like call, a one-way syslog flow and a bulk transfer of
/// 1,200-byte datagrams); and one long TCP connection (port 8080) as long as one of those flows, so
/// that a long UDP stream and a long TCP stream of the same capture can be followed side by side.
///
/// Stream numbers: the mix writes the long TCP connection's SYN and each long flow's first datagram
/// before the first HTTP-like frame, so the long TCP connection is `tcp.stream` 0 (the HTTP-like
/// connection i is then about stream i + 1), the flows are `udp.stream` 0 (RTP-like), 1 (syslog)
/// and 2 (bulk), and DNS transaction k is `udp.stream` 3 + k. Its frames are spread evenly over the
/// HTTP-like frames by bytes written, each part of the mix in proportion to its own length. It
/// draws from its own random generator, so the HTTP-like connections keep their sizes and payloads.
struct TrafficMix {
    /// Stream facts printed by the generator.
    static let flowNames = ["rtp", "syslog", "bulk"]

    private let pool: [UInt8]
    private let poolMask: Int
    private var random: SplitMix64
    private var datagrams = DatagramEncoder()
    private var frames = FrameEncoder()
    private var identification: UInt16 = 0
    /// Per part (DNS, three flows, long TCP): frames written and planned.
    private var written = [Int](repeating: 0, count: 5)
    private var planned = [Int](repeating: 0, count: 5)
    private let transactions: Int
    private let tcpScript: ConnectionScript
    private let tcpHosts = FrameEncoder.Hosts(
        clientAddress: 0x0A03_0001, serverAddress: 0xC0A8_0701, clientPort: 50_000, serverPort: 8080)
    private let tcpBases: (client: Int, server: Int)
    private var tcpIdentifications: (client: UInt16, server: UInt16) = (0x2000, 0x9000)
    private let bulkSize: Int
    /// Bytes of frames (record headers included) the mix plans to write, and has written.
    let plannedBytes: Int
    private(set) var writtenBytes = 0

    /// Plans the mix for a capture of `options.size` bytes; `pool` is the generator's payload text.
    init(options: GeneratorOptions, pool: [UInt8], poolMask: Int) {
        self.pool = pool
        self.poolMask = poolMask
        random = SplitMix64(seed: options.seed ^ 0x5544_5031)
        transactions = options.udpTransactions
        bulkSize = min(1_200, options.segmentSize)
        // Frame costs (16-byte record header, 42 bytes of Ethernet, IPv4 and UDP headers): a DNS
        // pair about 2 × 58 + 110, an RTP-like datagram 58 + 172, syslog 58 + 48 + 230 on average,
        // the bulk flow one 64-byte request for seven datagrams of `bulkSize`.
        let udpBytes = options.size / 100 * options.udpShare
        let flowBytes = max(0, udpBytes - transactions * 226) / 3
        planned[0] = 2 * transactions
        planned[1] = max(2, flowBytes / 230)
        planned[2] = max(1, flowBytes / 336)
        planned[3] = max(2, flowBytes * 8 / (7 * (58 + bulkSize) + 58 + 64))
        let segment = Double(options.segmentSize)
        let segmentCost = (segment + 70 + 35 + Double(options.disturbance.retransmitBasisPoints) / 10_000 * (segment + 70))
            / segment
        tcpScript = ConnectionScript(
            requestLength: 300, responseLength: max(1, Int(Double(flowBytes) / segmentCost)),
            segmentSize: options.segmentSize, disturbance: options.disturbance, random: &random)
        planned[4] = tcpScript.packets.count
        tcpBases = (random.draw(0...poolMask), random.draw(0...poolMask))
        plannedBytes = udpBytes + flowBytes
    }

    /// What the generator prints about the mix: which streams are which.
    var summary: String {
        "long tcp stream 0 (\(planned[4]) frames); udp streams "
            + (0..<3).map { "\($0) \(Self.flowNames[$0]) (\(planned[$0 + 1]) frames)" }.joined(separator: ", ")
            + ", dns 3-\(2 + transactions)"
    }

    var isFinished: Bool { zip(written, planned).allSatisfy { $0 >= $1 } }

    /// The frames written before the first HTTP-like frame: the long TCP connection's SYN and each
    /// flow's first datagram, so that they take the lowest stream numbers.
    mutating func openingFrames() -> [[UInt8]] {
        [frame(part: 4), frame(part: 1), frame(part: 2), frame(part: 3)]
    }

    /// The next frame of the part furthest behind its plan, or nil when every part is written.
    mutating func nextFrame() -> [UInt8]? {
        var chosen: Int?
        for part in 0..<5 where written[part] < planned[part] {
            if let best = chosen, written[part] * planned[best] >= written[best] * planned[part] { continue }
            chosen = part
        }
        return chosen.map { frame(part: $0) }
    }

    private mutating func frame(part: Int) -> [UInt8] {
        let index = written[part]
        written[part] += 1
        let bytes: [UInt8]
        switch part {
        case 0: bytes = dns(transaction: index / 2, response: index % 2 == 1)
        case 1: bytes = rtp(index)
        case 2: bytes = syslog(index)
        case 3: bytes = bulk(index)
        default: bytes = tcp(index)
        }
        writtenBytes += 16 + bytes.count
        return bytes
    }

    private mutating func nextIdentification() -> UInt16 {
        identification &+= 1
        return identification
    }

    private mutating func datagram(
        _ source: (UInt32, UInt16), _ destination: (UInt32, UInt16), _ payload: [UInt8]
    ) -> [UInt8] {
        let addressing = DatagramEncoder.Addressing(
            source: source.0, destination: destination.0, sourcePort: source.1, destinationPort: destination.1,
            identification: nextIdentification())
        return payload.withUnsafeBytes { datagrams.encode(addressing, payload: $0) }
    }

    /// Pool bytes `start..<start + length` (start taken modulo the pool).
    private func text(_ start: Int, _ length: Int) -> [UInt8] {
        let from = start & poolMask
        return Array(pool[from..<from + length])
    }

    /// DNS transaction `k`: an A query from 10.64.0.(1 + k mod 250), port 1024 + (k / 250) mod
    /// 64,512 (a new address and port pair for each of the first 16 million), to 192.168.53.53:53,
    /// and its answer.
    private mutating func dns(transaction k: Int, response: Bool) -> [UInt8] {
        let client = (0x0A40_0000 | UInt32(1 + k % 250), UInt16(1024 + (k / 250) % 64_512))
        let server: (UInt32, UInt16) = (0xC0A8_3535, 53)
        let id = UInt16(truncatingIfNeeded: k &* 40_503)
        var message: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF)]
        message += response ? [0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0] : [0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
        for label in ["h" + String(k, radix: 36), "svc\(k % 17)", "example", "org"] {
            message.append(UInt8(label.utf8.count))
            message += Array(label.utf8)
        }
        message += [0, 0, 1, 0, 1]
        if response {
            // The answer: a pointer to the question's name, type A, class IN, TTL 300, 10.200.x.y.
            message += [0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 0x01, 0x2C, 0, 4, 10, 200, UInt8(k >> 8 & 0xFF), UInt8(k & 0xFF)]
            return datagram(server, client, message)
        }
        return datagram(client, server, message)
    }

    /// The RTP-like call between 10.2.0.5:16384 and 192.168.9.5:16386: 172-byte datagrams (a
    /// 12-byte RTP header and 160 bytes of pool text, fewer if `--segment-size` is smaller), the
    /// two directions alternating.
    private mutating func rtp(_ index: Int) -> [UInt8] {
        let caller: (UInt32, UInt16) = (0x0A02_0005, 16_384)
        let callee: (UInt32, UInt16) = (0xC0A8_0905, 16_386)
        let fromCaller = index % 2 == 0
        let sequence = UInt16(truncatingIfNeeded: index / 2)
        let timestamp = UInt32(truncatingIfNeeded: index / 2 * 160)
        var payload: [UInt8] = [0x80, 0x00, UInt8(sequence >> 8), UInt8(sequence & 0xFF)]
        payload += [UInt8(timestamp >> 24), UInt8(timestamp >> 16 & 0xFF), UInt8(timestamp >> 8 & 0xFF),
                    UInt8(timestamp & 0xFF)]
        payload += fromCaller ? [0x11, 0x22, 0x33, 0x44] : [0x55, 0x66, 0x77, 0x88]
        payload += text(index &* 160, min(160, bulkSize))
        return fromCaller ? datagram(caller, callee, payload) : datagram(callee, caller, payload)
    }

    /// The one-way syslog flow from 10.2.0.9:40514 to 192.168.5.14:514: a header and 60–400 bytes
    /// of pool text a datagram.
    private mutating func syslog(_ index: Int) -> [UInt8] {
        var payload = Array("<134>1 2026-12-06T20:00:00Z host-9 app \(index % 100_000) - - ".utf8)
        let length = random.draw(min(60, bulkSize)...min(400, bulkSize))
        payload += text(random.draw(0...poolMask), length)
        return datagram((0x0A02_0009, 40_514), (0xC0A8_050E, 514), payload)
    }

    /// The bulk flow between 10.2.0.7:41000 and 192.168.6.7:41001: a 64-byte request from the
    /// client, then seven datagrams of `bulkSize` bytes from the server, over and over.
    private mutating func bulk(_ index: Int) -> [UInt8] {
        let client: (UInt32, UInt16) = (0x0A02_0007, 41_000)
        let server: (UInt32, UInt16) = (0xC0A8_0607, 41_001)
        if index % 8 == 0 {
            var request = Array("GET chunk \(index / 8) ".utf8)
            request += [UInt8](repeating: 0x2E, count: 63 - request.count) + [0x0A]
            return datagram(client, server, request)
        }
        return datagram(server, client, text(index &* 977, bulkSize))
    }

    /// Packet `index` of the long TCP connection (10.3.0.1:50000 to 192.168.7.1:8080).
    private mutating func tcp(_ index: Int) -> [UInt8] {
        let packet = tcpScript.packets[index]
        let start = ((packet.fromClient ? tcpBases.client : tcpBases.server) + packet.streamOffset) & poolMask
        let identification: UInt16
        if packet.fromClient {
            tcpIdentifications.client &+= 1
            identification = tcpIdentifications.client
        } else {
            tcpIdentifications.server &+= 1
            identification = tcpIdentifications.server
        }
        return pool.withUnsafeBytes { bytes in
            frames.encode(
                packet, hosts: tcpHosts, identification: identification,
                payload: UnsafeRawBufferPointer(rebasing: bytes[start..<start + packet.payloadLength]))
        }
    }
}
