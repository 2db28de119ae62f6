/// Writes the benchmark capture: `connections` HTTP-like IPv4 connections, `concurrency` of them
/// interleaved at any time, opened in index order (so connection i is `tcp.stream` i give or take a few).
struct CaptureGenerator {
    let options: GeneratorOptions
    /// Printable text with line breaks, from which every payload is cut.
    private let pool: [UInt8]
    private static let poolMask = 0xFFFF

    init(options: GeneratorOptions) {
        self.options = options
        var random = SplitMix64(seed: options.seed ^ 0x5057_4F4C)
        let words = [
            "GET", "HTTP/1.1", "Host:", "example.org", "Content-Type:", "text/html", "<div>", "</div>",
            "swfollow", "stream", "segment", "the", "of", "and", "0x1F8B", "Accept:", "*/*", "{\"id\":",
        ]
        var text: [UInt8] = []
        while text.count < Self.poolMask + 1 + options.segmentSize {
            text += Array(words[random.draw(0...words.count - 1)].utf8)
            text.append(random.chance(basisPoints: 1_200) ? 0x0A : 0x20)
        }
        pool = text
    }

    /// Generates the file.
    /// - Returns: the writer's totals and what the UDP mix holds (`TrafficMix.summary`), or nil
    ///   when the file cannot be written.
    func run() -> (bytes: Int, frames: Int, mix: String?)? {
        guard let writer = PcapWriter(path: options.output) else { return nil }
        var mix = options.udpShare > 0 ? TrafficMix(options: options, pool: pool, poolMask: Self.poolMask) : nil
        var clock: UInt64 = 1_700_000_000_000_000
        var httpBytes = 0
        // The mix's frames: its openers first, then whenever it is behind the HTTP-like frames in
        // proportion to both plans (or, at the end, all that is left). One microsecond apart.
        let tcpPlan = options.size - (mix?.plannedBytes ?? 0)
        func writeMix(draining: Bool) {
            guard mix != nil else { return }
            while draining || mix!.writtenBytes * tcpPlan < httpBytes * mix!.plannedBytes,
                let frame = mix!.nextFrame()
            {
                clock += 1
                writer.write(frame: frame, microseconds: clock)
            }
        }
        for frame in mix?.openingFrames() ?? [] {
            clock += 1
            writer.write(frame: frame, microseconds: clock)
        }
        var random = SplitMix64(seed: options.seed)
        var encoder = FrameEncoder()
        var active: [ActiveConnection] = []
        var nextConnection = 0
        let responseMean = responseMeanLength(size: tcpPlan)
        while true {
            while active.count < options.concurrency, nextConnection < options.connections {
                active.append(start(nextConnection, responseMean: responseMean, random: &random))
                nextConnection += 1
            }
            guard !active.isEmpty else { break }
            // Mostly the oldest connections move on, so streams start roughly in index order and
            // each one's packets are spread over a stretch of the file.
            let slot = random.draw(0...active.count - 1)
            let packet = active[slot].script.packets[active[slot].position]
            let payloadStart =
                ((packet.fromClient ? active[slot].clientBase : active[slot].serverBase)
                    + packet.streamOffset) & Self.poolMask
            let identification = active[slot].nextIdentification(packet)
            let payloadRange = payloadStart..<payloadStart + packet.payloadLength
            let marks = active[slot].marks.filter {
                !packet.fromClient && $0.overlaps(start: packet.streamOffset, length: packet.payloadLength)
            }
            let frame: [UInt8]
            if marks.isEmpty {
                frame = pool.withUnsafeBytes { bytes in
                    encoder.encode(
                        packet, hosts: active[slot].hosts, identification: identification,
                        payload: UnsafeRawBufferPointer(rebasing: bytes[payloadRange]))
                }
            } else {
                var payload = Array(pool[payloadRange])
                for mark in marks {
                    mark.write(into: &payload, start: packet.streamOffset)
                }
                frame = payload.withUnsafeBytes { bytes in
                    encoder.encode(packet, hosts: active[slot].hosts, identification: identification, payload: bytes)
                }
            }
            clock += UInt64(random.draw(1...40))
            writer.write(frame: frame, microseconds: clock)
            httpBytes += 16 + frame.count
            writeMix(draining: false)
            active[slot].position += 1
            if active[slot].position == active[slot].script.packets.count {
                active.remove(at: slot)
            }
        }
        writeMix(draining: true)
        guard writer.close() else { return nil }
        return (writer.byteCount, writer.frameCount, mix?.summary)
    }

    /// The mean response length that makes the HTTP-like connections about `size` bytes: each response
    /// segment costs 70 bytes of headers (16 pcap + 54 frame), with half as many ACKs, 1 % resent,
    /// and about 1,300 bytes of handshake, request and FIN per connection.
    private func responseMeanLength(size: Int) -> Int {
        let perConnection = Double(size) / Double(options.connections) - 1_300
        let segment = Double(options.segmentSize)
        let cost =
            (segment + 70 + 35 + Double(options.disturbance.retransmitBasisPoints) / 10_000 * (segment + 70))
            / segment
        return max(1, Int(perConnection / cost))
    }

    /// Opens connection `index`: its addresses, its script and where its payloads come from.
    private func start(_ index: Int, responseMean: Int, random: inout SplitMix64) -> ActiveConnection {
        let hosts = FrameEncoder.Hosts(
            clientAddress: 0x0A00_0000 | UInt32(index & 0xFF_FFFF),
            serverAddress: 0xC0A8_0001 | UInt32(index % 16) << 8,
            clientPort: UInt16(1024 + (index * 37) % 60_000),
            serverPort: index % 3 == 0 ? 443 : 80)
        let requestLength = random.draw(200...1_200)
        let responseLength = random.draw(responseMean / 2...responseMean * 3 / 2)
        let script = ConnectionScript(
            requestLength: requestLength, responseLength: responseLength,
            segmentSize: options.segmentSize, disturbance: options.disturbance, random: &random)
        let marks = PayloadMark.marks(
            connection: index, every: options.markEvery, responseLength: responseLength,
            segmentSize: options.segmentSize)
        return ActiveConnection(
            hosts: hosts, script: script, clientBase: random.draw(0...Self.poolMask),
            serverBase: random.draw(0...Self.poolMask), marks: marks)
    }
}

/// A connection being written: its script and how far it got.
private struct ActiveConnection {
    var hosts: FrameEncoder.Hosts
    var script: ConnectionScript
    var clientBase: Int
    var serverBase: Int
    /// Rare texts written over the response bytes (see `PayloadMark`).
    var marks: [PayloadMark]
    var position = 0
    private var identifications: (client: UInt16, server: UInt16) = (0x1000, 0x8000)

    init(hosts: FrameEncoder.Hosts, script: ConnectionScript, clientBase: Int, serverBase: Int, marks: [PayloadMark]) {
        self.hosts = hosts
        self.script = script
        self.clientBase = clientBase
        self.serverBase = serverBase
        self.marks = marks
    }

    /// The IPv4 identification for the sender of `packet` (one counter per direction).
    mutating func nextIdentification(_ packet: ScriptedPacket) -> UInt16 {
        if packet.fromClient {
            identifications.client &+= 1
            return identifications.client
        }
        identifications.server &+= 1
        return identifications.server
    }
}
