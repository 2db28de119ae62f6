import FrameFields
import PacketDecoding
import TCPReassembly

/// One searched stream: tshark's follow engine (for a UDP stream, its datagram follower)
/// feeding the stream's scanners.
///
/// When the stream has probably finished (FIN from both nodes, or a RST), nothing is held back
/// and no match is in progress, its buffers shrink to what an idle stream needs (the engine's
/// sequence state, the offsets and the last ``SearchContext/keepBehind`` bytes: see
/// ``StreamSearchRun``). It is not dropped: tshark's follow keeps taking data on a stream after
/// FIN or RST (data after FIN, RST with data, a reused port without SYN), and dropping the state
/// would change what is found.
final class StreamSearch {
    private var engine = FollowEngine()
    private var datagrams = DatagramFollower()
    private var scanner: StreamScanner
    /// FIN seen from Node 0 and Node 1; RST seen from either.
    private var finSeen = (false, false)
    private var resetSeen = false

    init(stream: UInt32, context: SearchContext) {
        scanner = StreamScanner(stream: stream, context: context)
    }

    /// Feeds one frame of the stream: its follow view and its TCP flags.
    func process(_ segment: FollowSegment, flags: TCPFlags) {
        engine.process(segment, into: &scanner)
        if flags.contains(.rst) {
            resetSeen = true
        }
        if flags.contains(.fin) {
            if segment.source == engine.nodes?.0 { finSeen.0 = true } else { finSeen.1 = true }
        }
        if (resetSeen || finSeen == (true, true)) && scanner.hasSpareCapacity && scanner.isIdle
            && !engine.hasPendingSegments
        {
            scanner.compact()
        }
    }

    /// Whether the stream has probably finished (FIN from both nodes, or a RST) with nothing held
    /// back: a live search then settles it at once (``finish()``) and lets it go.
    var hasEnded: Bool {
        (resetSeen || finSeen == (true, true)) && !engine.hasPendingSegments
    }

    /// Feeds the datagrams of one frame of a UDP stream: each payload is a record. A UDP stream
    /// never ends, so its scanners are not compacted.
    func processDatagrams(_ handed: HandedDatagrams) {
        datagrams.process(handed, into: &scanner)
    }

    /// Settles what is in progress at the end of the capture.
    func finish() {
        scanner.finish()
    }
}
