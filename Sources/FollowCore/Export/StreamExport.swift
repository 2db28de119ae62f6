import FollowOutput
import FrameFields
import PacketDecoding
import TCPReassembly

/// One stream being exported: its reassembly (as `-z follow,tcp,raw,N` or `follow,udp` does it),
/// its files, and what its index line will say. Everything it holds is freed when it finishes.
struct StreamExport {
    let key: StreamKey
    private var engine = FollowEngine()
    private var datagrams = DatagramFollower()
    private(set) var sink: ExportSink
    private var firstFrame: (number: UInt64, time: Timestamp)?
    private var lastFrame: (number: UInt64, time: Timestamp)?
    private var frameCount: UInt64 = 0
    /// Which nodes sent a FIN (bit 0: Node 0, bit 1: Node 1).
    private var finishedNodes: UInt8 = 0
    private var sawReset = false

    init(key: StreamKey, sink: ExportSink) {
        self.key = key
        self.sink = sink
    }

    /// Feeds one TCP frame that reaches follow: its follow view and its TCP flags.
    mutating func process(_ segment: FollowSegment, flags: TCPFlags) {
        engine.process(segment, into: &sink)
        note(segment.frameNumber, segment.timestamp)
        if flags.contains(.rst) { sawReset = true }
        if flags.contains(.fin), let nodes = engine.nodes {
            finishedNodes |= segment.source == nodes.0 ? 1 : 2
        }
    }

    /// Feeds every UDP payload of a frame that reaches follow (the frame carries the stream).
    mutating func processDatagrams(_ handed: HandedDatagrams) {
        datagrams.process(handed, into: &sink)
        note(handed.frameNumber, handed.timestamp)
    }

    /// Counts a frame of the stream.
    private mutating func note(_ number: UInt64, _ time: Timestamp) {
        if firstFrame == nil { firstFrame = (number, time) }
        lastFrame = (number, time)
        frameCount += 1
    }

    /// Completes the follow text, with `--follow`.
    mutating func finishText() {
        sink.finishText()
    }

    /// The data bytes of both nodes.
    var totalBytes: UInt64 { sink.bytes[0] + sink.bytes[1] }

    /// How the stream ended, as the index says it.
    private var end: String {
        if key.followed == .udp { return "open" }
        return sawReset ? "rst" : finishedNodes == 3 ? "fin" : "open"
    }

    /// The stream's line of `index.jsonl`, its files named `data` (and `follow`) relative to DIR.
    func indexLine(data: [String], follow: String?, capture: String?) -> [UInt8] {
        var line = ExportJSONLine()
        line.add("proto", string: key.followed.rawValue)
        line.add("stream", number: UInt64(key.stream))
        line.add("node0", string: sink.nodes.map { $0.0.description } ?? ":0")
        line.add("node1", string: sink.nodes.map { $0.1.description } ?? ":0")
        line.add("first_frame", number: firstFrame?.number ?? 0)
        line.add("last_frame", number: lastFrame?.number ?? 0)
        line.add("first_time", raw: Self.epochText(firstFrame?.time ?? .zero))
        line.add("last_time", raw: Self.epochText(lastFrame?.time ?? .zero))
        line.add("frames", number: frameCount)
        line.add("bytes", numbers: sink.bytes)
        line.add("missing", numbers: sink.missing)
        line.add(
            "gaps",
            objects: sink.gaps.map { gap in
                var object = ExportJSONLine()
                object.add("node", number: UInt64(gap.node))
                object.add("offset", number: gap.offset)
                object.add("length", number: gap.length)
                return object
            })
        line.add("end", string: end)
        line.add("data", strings: data)
        if let follow { line.add("follow", string: follow) }
        if let capture { line.add("pcap", string: capture) }
        return line.utf8
    }

    /// Seconds since the epoch with nine decimals, exact, as a JSON string
    /// (`"1700000000.123456789"`).
    static func epochText(_ time: Timestamp) -> [UInt8] {
        let seconds = time.seconds + Int64(time.nanoseconds / 1_000_000_000)
        var text: [UInt8] = [0x22]
        text.reserveCapacity(32)
        if seconds < 0 { text.append(0x2D) }
        ExportJSONLine.append(seconds.magnitude, to: &text)
        text.append(0x2E)
        text += repeatElement(0x30, count: 9)
        var fraction = time.nanoseconds % 1_000_000_000
        for position in text.indices.suffix(9).reversed() {
            text[position] += UInt8(fraction % 10)
            fraction /= 10
        }
        text.append(0x22)
        return text
    }
}
