import CaptureFile
import PacketDecoding
import TCPReassembly

/// Follows every TCP stream of one capture in a single pass, as `swfollow -z follow,tcp,…,N` would
/// for each N with the default preferences (relative sequence numbers, IP defragmentation), and
/// counts what the engines deliver. State lives in this struct, not in globals, so the loop pays
/// no dynamic exclusivity checks.
struct AllStreamsRun {
    private var decoder = PacketDecoder()
    private var table = StreamTable()
    private var engines: [FollowEngine] = []
    private(set) var counter = ByteCounter()
    private var frameNumber: UInt64 = 0

    /// How many streams the capture has.
    var streamCount: Int { table.count }

    /// Reads every frame of `reader`.
    mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        while let frame = try reader.nextFrame() {
            frameNumber += 1
            guard
                let tcp = decoder.decode(
                    linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
            else { continue }
            let assignment = table.assign(tcp)
            guard !tcp.isQuotedInICMP, tcp.isHeaderComplete else { continue }
            while engines.count < table.count {
                engines.append(FollowEngine())
            }
            let segment = FollowSegment(
                source: tcp.source, destination: tcp.destination,
                sequence: SequenceNumber(assignment.relativeSequence).advanced(by: tcp.flags.contains(.syn) ? 1 : 0),
                acknowledgment: SequenceNumber(assignment.relativeAcknowledgment),
                segmentLength: tcp.segmentLength, payload: tcp.payload, frameNumber: frameNumber,
                timestamp: frame.timestamp)
            engines[Int(assignment.stream)].process(segment, into: &counter)
        }
    }
}
