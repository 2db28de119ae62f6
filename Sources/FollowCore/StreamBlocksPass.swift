import CaptureFile
import DisplayFilter
import FollowOutput
import FrameFields
import TCPReassembly

/// The second pass of `--streams` and `search --follow`: the follow blocks of chosen streams,
/// printed in ascending stream order, each written out as soon as it is complete and every
/// block before it has been written.
///
/// The first pass found the streams and the number of each one's last frame. A block is
/// complete once the pass has read past that frame, so memory holds only the blocks of streams
/// still open and of finished ones waiting for an earlier, longer stream: it is bounded by the
/// streams open at once, not by the capture. The block being printed streams its text out as it
/// is rendered.
struct StreamBlocksPass {
    /// A stream to follow and the last frame the first pass saw of it.
    struct Target {
        var followed: FollowProtocol = .tcp
        var stream: UInt32
        var lastFrame: UInt64
    }

    private var blocks: [FollowBlock?]
    /// Block index by `tcp.stream`.
    private let blockByStream: [UInt32: Int]
    /// Block index by `udp.stream`.
    private let blockByUDPStream: [UInt32: Int]
    /// Block indices ordered by their last frame, and how many of them are complete.
    private let completionOrder: [Int]
    private var completedCount = 0
    private var isComplete: [Bool]
    private let lastFrames: [UInt64]
    /// The next block to print: every block before it has been written.
    private var nextToPrint = 0
    private let settings: FollowSettings
    /// `-2 -R`, as in the first pass, so that frame numbers agree.
    private let readFilter: DisplayFilter?
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// - Parameters:
    ///   - targets: the streams, in any order; each is printed once: the TCP streams in ascending
    ///     stream order, then the UDP streams.
    ///   - mode: the follow mode of every block.
    ///   - sink: where the blocks' text goes, in order.
    init(
        targets: [Target], mode: FollowMode, settings: FollowSettings, readFilter: DisplayFilter? = nil,
        sink: @escaping (UnsafeRawBufferPointer) -> Void
    ) {
        self.readFilter = readFilter
        var unique: [FollowProtocol: [UInt32: UInt64]] = [:]
        for target in targets {
            unique[target.followed, default: [:]][target.stream] =
                max(unique[target.followed]?[target.stream] ?? 0, target.lastFrame)
        }
        let tcp = (unique[.tcp] ?? [:]).keys.sorted()
        let udp = (unique[.udp] ?? [:]).keys.sorted()
        blocks =
            tcp.map { FollowBlock(request: FollowRequest(mode: mode, filter: .stream($0), range: nil)) }
            + udp.map { FollowBlock(request: FollowRequest(followed: .udp, mode: mode, filter: .stream($0), range: nil)) }
        blockByStream = Dictionary(uniqueKeysWithValues: tcp.enumerated().map { ($0.element, $0.offset) })
        blockByUDPStream = Dictionary(uniqueKeysWithValues: udp.enumerated().map { ($0.element, tcp.count + $0.offset) })
        let lastFrames = tcp.map { unique[.tcp]?[$0] ?? 0 } + udp.map { unique[.udp]?[$0] ?? 0 }
        self.lastFrames = lastFrames
        completionOrder = lastFrames.indices.sorted { (lastFrames[$0], $0) < (lastFrames[$1], $1) }
        isComplete = Array(repeating: false, count: lastFrames.count)
        self.settings = settings
        self.sink = sink
    }

    /// Reads the capture again and writes every block whose stream ends before the capture does.
    /// - Throws: the reader's error for a damaged capture (or one that changed since the first pass).
    mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        var frames = FrameFieldReader(reader: reader, settings: settings, readFilter: readFilter)
        while nextToPrint < blocks.count, try frames.next() {
            let view = frames.frame
            if !blockByUDPStream.isEmpty && view.layers.udpCount > 0 {
                followDatagrams(of: view)
            }
            if let frame = FollowFrameReader.Frame(view), let index = blockByStream[frame.stream] {
                blocks[index]?.process(frame.segment)
                handOn(block: index)
            }
            completeBlocks(through: view.number)
        }
    }

    /// Feeds the frame's UDP payloads to the block of each of its UDP streams, once per block.
    private mutating func followDatagrams(of frame: FrameFieldView) {
        frame.forEachUDPStream { stream in
            guard let index = blockByUDPStream[stream] else { return }
            blocks[index]?.processDatagrams(of: frame)
            handOn(block: index)
        }
    }

    /// Streams out the text of block `index` when it is the one being printed.
    private mutating func handOn(block index: Int) {
        if index == nextToPrint {
            blocks[index]?.drain(ifAtLeast: FollowPipeline.streamingChunk, into: sink)
        }
    }

    /// Writes the blocks not written yet (those whose last frame the second pass did not reach).
    mutating func finish() {
        while nextToPrint < blocks.count {
            write(nextToPrint)
        }
    }

    /// Marks complete the blocks whose last frame is at most `frameNumber`, then writes every
    /// complete block that is next in order.
    private mutating func completeBlocks(through frameNumber: UInt64) {
        while completedCount < completionOrder.count, lastFrames[completionOrder[completedCount]] <= frameNumber {
            isComplete[completionOrder[completedCount]] = true
            completedCount += 1
        }
        while nextToPrint < blocks.count, isComplete[nextToPrint] {
            write(nextToPrint)
        }
    }

    /// Writes block `index`'s remaining text and frees it.
    private mutating func write(_ index: Int) {
        if var block = blocks[index] {
            blocks[index] = nil
            block.finish().withUnsafeBytes(sink)
        }
        nextToPrint = index + 1
        if nextToPrint < blocks.count {
            blocks[nextToPrint]?.drain(ifAtLeast: 1, into: sink)
        }
    }
}

extension StreamBlocksPass {
    /// The number of each stream's last frame that reached follow, noted during a first pass:
    /// where the second pass can write that stream's block. One number per stream index.
    struct LastFrames {
        private var frames: [UInt64] = []

        /// Notes that frame `number` of `stream` reached follow.
        mutating func note(stream: UInt32, frame number: UInt64) {
            let index = Int(stream)
            if index >= frames.count {
                frames += repeatElement(0, count: index + 1 - frames.count)
            }
            frames[index] = number
        }

        /// The streams noted, ascending.
        var streams: [UInt32] {
            frames.indices.filter { frames[$0] != 0 }.map { UInt32($0) }
        }

        /// The second pass's targets for `streams` (a stream never seen ends at frame 0).
        func targets(_ streams: some Sequence<UInt32>, followed: FollowProtocol = .tcp) -> [Target] {
            streams.map {
                Target(followed: followed, stream: $0, lastFrame: Int($0) < frames.count ? frames[Int($0)] : 0)
            }
        }
    }

    /// Prints the follow block of every target stream, ascending (TCP, then UDP), exactly as
    /// `swfollow -z follow,tcp,MODE,N` or `follow,udp` (and tshark) prints it: the second pass over the capture
    /// of `--streams` and `search --follow`.
    /// - Parameters:
    ///   - paths: the capture's files, as the first pass read them (several: merged).
    ///   - sink: where the blocks may stream out, when nothing in `outcome` waits to be printed
    ///     before them; otherwise (or when nil) they are added to `outcome`'s standard output.
    /// - Returns: the error of a capture damaged (or changed) since the first pass.
    static func write(
        _ targets: [Target], of paths: [String], mode: FollowMode, settings: FollowSettings,
        readFilter: DisplayFilter? = nil, sink: ((UnsafeRawBufferPointer) -> Void)?,
        into outcome: inout SwfollowCommand.Outcome
    ) -> CaptureError? {
        let streams = outcome.standardOutput.isEmpty ? sink : nil
        var collected: [UInt8] = []
        var pass = StreamBlocksPass(targets: targets, mode: mode, settings: settings, readFilter: readFilter) { bytes in
            if let streams { streams(bytes) } else { collected += bytes }
        }
        var damage: CaptureError?
        do {
            try pass.run(try CaptureReader(paths: paths))
        } catch {
            damage = error
        }
        pass.finish()
        outcome.standardOutput += collected
        return damage
    }
}
