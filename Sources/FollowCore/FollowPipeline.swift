import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture once and feeds every follow block: capture → decode → number → filter → engine.
///
/// A synchronous single pass, like tshark's: memory is the stream table, the held-back segments
/// and the blocks' rendered text, never the capture. The block printed first (the last `-z`) can
/// stream its text out as it is rendered, so following one stream holds at most
/// ``streamingChunk`` bytes of output however long the stream is.
package struct FollowPipeline {
    /// How much of the first-printed block's text is gathered before it is handed on.
    package static let streamingChunk = 1 << 16

    private var blocks: [FollowBlock]
    private let settings: FollowSettings
    private var decoder: PacketDecoder
    private var streams = StreamTable()
    private var frameNumber: UInt64 = 0
    private let firstBlockSink: ((UnsafeRawBufferPointer) -> Void)?

    /// - Parameter firstBlockSink: where the first-printed block's text goes while the capture is
    ///   read, in pieces of at least ``streamingChunk`` bytes; nil keeps it for ``finish()``.
    ///   Either way ``finish()`` returns everything not yet handed over, in tshark's order.
    package init(
        requests: [FollowRequest], settings: FollowSettings,
        firstBlockSink: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) {
        blocks = requests.map(FollowBlock.init)
        self.settings = settings
        decoder = PacketDecoder(options: .init(defragment: settings.defragment))
        self.firstBlockSink = firstBlockSink
    }

    /// Reads every frame of `reader` (up to `-c`).
    /// - Throws: the reader's error for a damaged capture; the frames before the damage have
    ///   been processed, so ``finish()`` still gives tshark's partial output.
    package mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        while settings.frameLimit.map({ frameNumber < $0 }) ?? true, let frame = try reader.nextFrame() {
            frameNumber += 1
            process(frame)
        }
    }

    /// The blocks' text in tshark's order, the last `-z` first (R1.8), less what went to the
    /// first-block sink.
    package mutating func finish() -> [UInt8] {
        var output: [UInt8] = []
        for index in blocks.indices.reversed() {
            output += blocks[index].finish()
        }
        return output
    }

    private mutating func process(_ frame: CapturedFrame) {
        guard let tcp = decoder.decode(
            linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
        else { return }
        let assignment = streams.assign(tcp)
        guard !tcp.isQuotedInICMP, tcp.isHeaderComplete else { return }
        // The engine's view of the frame is built only for the blocks that take it: with one
        // block of 20,000 streams, that is one frame in 20,000.
        for index in blocks.indices
        where blocks[index].selects(stream: assignment.stream, source: tcp.source, destination: tcp.destination) {
            blocks[index].process(followSegment(tcp, assignment, timestamp: frame.timestamp))
            if index == blocks.count - 1, let firstBlockSink {
                blocks[index].drain(ifAtLeast: Self.streamingChunk, into: firstBlockSink)
            }
        }
    }

    /// The engine's view of a frame (R4.1): relative or raw numbers, SYN counting one.
    private func followSegment(
        _ tcp: TCPSegment, _ assignment: StreamTable.Assignment, timestamp: Timestamp
    ) -> FollowSegment {
        let relative = settings.relativeSequenceNumbers
        let sequence = relative ? assignment.relativeSequence : tcp.sequenceNumber
        let acknowledgment = relative ? assignment.relativeAcknowledgment : tcp.acknowledgmentNumber
        return FollowSegment(
            source: tcp.source, destination: tcp.destination,
            sequence: SequenceNumber(sequence).advanced(by: tcp.flags.contains(.syn) ? 1 : 0),
            acknowledgment: SequenceNumber(acknowledgment),
            segmentLength: tcp.segmentLength, payload: tcp.payload,
            frameNumber: frameNumber, timestamp: timestamp)
    }
}
