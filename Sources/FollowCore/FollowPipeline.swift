import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture once and feeds every follow block: capture → decode → number → filter → engine.
///
/// A synchronous single pass, like tshark's: memory is the stream table, the held-back out-of-order
/// segments and the blocks' rendered text, never the capture. Blocks that follow a stream index are
/// found through an index, so many `-z` (or `search --follow` of thousands of streams) cost one
/// lookup per frame. The block printed first (the last `-z`) can stream its text out as it is
/// rendered, so following one stream holds at most ``streamingChunk`` bytes of output however long
/// the stream is.
package struct FollowPipeline {
    /// How much of the first-printed block's text is gathered before it is handed on.
    package static let streamingChunk = 1 << 16

    private var blocks: [FollowBlock]
    private let settings: FollowSettings
    /// The blocks of each `tcp.stream eq N` filter, in `-z` order.
    private let blocksByStream: [UInt32: [Int]]
    /// Tells most frames of streams no block follows without the dictionary lookup.
    private let followedStreams: StreamBitFilter
    /// The blocks with an address-pair filter, checked against every frame.
    private let addressPairBlocks: [Int]
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
        self.firstBlockSink = firstBlockSink
        var byStream: [UInt32: [Int]] = [:]
        var pairs: [Int] = []
        for (index, request) in requests.enumerated() {
            switch request.filter {
            case .stream(let stream): byStream[stream, default: []].append(index)
            case .addressPair: pairs.append(index)
            }
        }
        blocksByStream = byStream
        followedStreams = StreamBitFilter(byStream.keys)
        addressPairBlocks = pairs
    }

    /// Reads every frame of `reader` (up to `-c`).
    /// - Throws: the reader's error for a damaged capture; the frames before the damage have
    ///   been processed, so ``finish()`` still gives tshark's partial output.
    package mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        var frames = FollowFrameReader(reader: reader, settings: settings)
        while let frame = try frames.next() {
            if followedStreams.mayContain(frame.stream) {
                for index in blocksByStream[frame.stream] ?? [] {
                    process(frame.segment, block: index)
                }
            }
            for index in addressPairBlocks {
                let segment = frame.segment
                if blocks[index].selects(stream: frame.stream, source: segment.source, destination: segment.destination)
                {
                    process(segment, block: index)
                }
            }
        }
    }

    /// Feeds `segment` to one block; the first-printed block then hands on what it has rendered.
    private mutating func process(_ segment: FollowSegment, block index: Int) {
        blocks[index].process(segment)
        if index == blocks.count - 1, let firstBlockSink {
            blocks[index].drain(ifAtLeast: Self.streamingChunk, into: firstBlockSink)
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
}
