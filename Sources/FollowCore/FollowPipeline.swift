import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture once and feeds every follow block: capture → decode → number → filter → engine.
///
/// A synchronous single pass, like tshark's: memory is the stream table, the held-back segments
/// and the blocks' rendered text, never the capture.
package struct FollowPipeline {
    private var blocks: [FollowBlock]
    private let settings: FollowSettings

    package init(requests: [FollowRequest], settings: FollowSettings) {
        blocks = requests.map(FollowBlock.init)
        self.settings = settings
    }

    /// Reads every frame of `reader` (up to `-c`).
    /// - Throws: the reader's error for a damaged capture; the frames before the damage have
    ///   been processed, so ``finish()`` still gives tshark's partial output.
    package mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        var frames = FollowFrameReader(reader: reader, settings: settings)
        while let frame = try frames.next() {
            let segment = frame.segment
            for index in blocks.indices
            where blocks[index].selects(
                stream: frame.stream, source: segment.source, destination: segment.destination) {
                blocks[index].process(segment)
            }
        }
    }

    /// The blocks' text in tshark's order: the last `-z` first (R1.8).
    package mutating func finish() -> [UInt8] {
        var output: [UInt8] = []
        for index in blocks.indices.reversed() {
            output += blocks[index].finish()
        }
        return output
    }
}
