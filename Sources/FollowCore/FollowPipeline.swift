import CaptureFile
import DisplayFilter
import FrameFields
import PacketDecoding
import TCPReassembly

/// Reads a capture once and computes every `-z` statistic, the `-T fields` lines and the
/// `--streams` selection: capture → decode → number → `-R` → fields, tables, follow engines.
///
/// A synchronous single pass, like tshark's: memory is the stream table, the held-back
/// out-of-order segments and at most ``defaultSpillThreshold`` bytes of text per block, never
/// the capture. Blocks that follow a stream index are found through an index, so many `-z` cost
/// one lookup per frame. The output printed first (the `-T fields` lines, or else the last `-z`'s
/// block) streams out as it is made; the other blocks move their text to a temporary file
/// (``BlockSpool``) once it outgrows the threshold, and ``finish(into:)`` reads it back in order.
package struct FollowPipeline {
    /// One `-z` statistic the pass computes.
    package enum Statistic {
        /// A `-z follow,tcp,…` block.
        case follow(FollowRequest)
        /// A `-z conv,tcp[,FILTER]` or `-z conv,udp[,FILTER]` table, with its compiled filter.
        case conversation(ConversationRequest, DisplayFilter?)
    }

    /// Where one statistic's state lives.
    private enum Slot {
        case follow(Int)
        case conversation(Int)
    }

    /// How much of the first-printed block's text is gathered before it is handed on.
    package static let streamingChunk = 1 << 16
    /// How much text another block keeps in memory before it moves to its ``BlockSpool``.
    package static let defaultSpillThreshold = 8 << 20

    /// How many incomplete IP datagrams the read dropped to bound memory (tshark keeps them):
    /// reported by ``DroppedDatagramsWarning``.
    package private(set) var droppedDatagrams = 0
    private var blocks: [FollowBlock] = []
    /// The temporary file of each block whose text outgrew ``spillThreshold`` (by block index).
    private var spools: [BlockSpool?] = []
    private let spillThreshold: Int
    private var tables: [ConversationTable] = []
    /// The statistics in tshark's printing order: the last `-z` first (R1.8).
    private let printOrder: [Slot]
    /// The block printed first, when the last `-z` is a follow: its text can be streamed out.
    private let streamingBlock: Int?
    private let settings: FollowSettings
    /// The blocks of each `tcp.stream eq N` filter, in `-z` order.
    private let blocksByStream: [UInt32: [Int]]
    /// Tells most frames of streams no block follows without the dictionary lookup.
    private let followedStreams: StreamBitFilter
    /// The blocks with an address-pair filter, checked against every frame.
    private let addressPairBlocks: [Int]
    /// The `follow,udp` blocks of each `udp.stream eq N` filter, in `-z` order.
    private let udpBlocksByStream: [UInt32: [Int]]
    /// The `follow,udp` blocks with an address-pair filter, checked against every UDP frame.
    private let udpAddressPairBlocks: [Int]
    private let firstBlockSink: ((UnsafeRawBufferPointer) -> Void)?
    /// How much first-printed text is gathered before it is handed on (1 with `--live`).
    private let streamingThreshold: Int
    /// `-2 -R`.
    private let readFilter: DisplayFilter?
    /// `-T fields`: the lines of the frames `-Y` keeps.
    private var fieldLines: FieldLines?
    /// `--streams`: the streams its filter selects, for the second pass.
    private(set) var streamMatches: StreamMatches?

    /// - Parameters:
    ///   - statistics: the `-z` statistics in command-line order.
    ///   - readFilter: `-2 -R`: the frames it rejects are invisible, the others renumbered.
    ///   - fieldLines: `-T fields`: the line writer and the `-Y` filter of the printed frames.
    ///   - streamsFilter: `--streams`: find the streams with a frame it keeps (``streamMatches``).
    ///   - firstBlockSink: where output goes while the capture is read, in pieces of at least
    ///     `streamingThreshold` bytes (by default ``streamingChunk``; 1 hands on every line and
    ///     record as it is made): the `-T fields` lines, or else the first-printed block's text
    ///     when that block is a follow block; nil keeps it for ``finish(into:)``, which writes
    ///     everything not yet handed over, in tshark's order.
    package init(
        statistics: [Statistic], settings: FollowSettings, readFilter: DisplayFilter? = nil,
        fieldLines: (writer: FieldLineWriter, displayFilter: DisplayFilter?)? = nil,
        streamsFilter: DisplayFilter? = nil, firstBlockSink: ((UnsafeRawBufferPointer) -> Void)? = nil,
        streamingThreshold: Int = streamingChunk, spillThreshold: Int = defaultSpillThreshold
    ) {
        self.settings = settings
        self.streamingThreshold = streamingThreshold
        self.spillThreshold = spillThreshold
        self.readFilter = readFilter
        self.fieldLines = fieldLines.map {
            FieldLines(
                writer: $0.writer, displayFilter: $0.displayFilter, sink: firstBlockSink, threshold: streamingThreshold)
        }
        streamMatches = streamsFilter.map(StreamMatches.init)
        // With -T fields the lines stream out; blocks print after all of them.
        self.firstBlockSink = fieldLines == nil ? firstBlockSink : nil
        var slots: [Slot] = []
        var byStream: [UInt32: [Int]] = [:]
        var pairs: [Int] = []
        var udpByStream: [UInt32: [Int]] = [:]
        var udpPairs: [Int] = []
        for statistic in statistics {
            switch statistic {
            case .follow(let request):
                switch (request.followed, request.filter) {
                case (.tcp, .stream(let stream)): byStream[stream, default: []].append(blocks.count)
                case (.tcp, .addressPair): pairs.append(blocks.count)
                case (.udp, .stream(let stream)): udpByStream[stream, default: []].append(blocks.count)
                case (.udp, .addressPair): udpPairs.append(blocks.count)
                }
                slots.append(.follow(blocks.count))
                blocks.append(FollowBlock(request: request))
            case .conversation(let request, let filter):
                slots.append(.conversation(tables.count))
                tables.append(ConversationTable(request, filter: filter))
            }
        }
        spools = Array(repeating: nil, count: blocks.count)
        printOrder = slots.reversed()
        if case .follow(let index) = printOrder.first { streamingBlock = index } else { streamingBlock = nil }
        blocksByStream = byStream
        followedStreams = StreamBitFilter(byStream.keys)
        addressPairBlocks = pairs
        udpBlocksByStream = udpByStream
        udpAddressPairBlocks = udpPairs
    }

    /// Reads every frame of `reader` (up to `-c`).
    /// - Throws: the reader's error for a damaged capture; the frames before the damage have
    ///   been processed, so ``finish(into:)`` still gives tshark's partial output.
    package mutating func run(_ reader: CaptureReader) throws(CaptureError) {
        var frames = FrameFieldReader(reader: reader, settings: settings, readFilter: readFilter)
        defer { droppedDatagrams = frames.droppedDatagrams }
        let everyFrame = fieldLines != nil || streamMatches != nil
        while try frames.next() {
            if everyFrame {
                fieldLines?.add(frames.frame)
                streamMatches?.observe(frames.frame)
            }
            if !tables.isEmpty {
                count(frames.frame, reference: frames.firstTimestamp ?? frames.frame.timestamp)
            }
            if frames.frame.layers.udpCount > 0 && !(udpBlocksByStream.isEmpty && udpAddressPairBlocks.isEmpty) {
                followDatagrams(frames.frame)
            }
            guard let frame = FollowFrameReader.Frame(frames.frame) else { continue }
            streamMatches?.noteFollowFrame(stream: frame.stream, number: frames.frame.number)
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

    /// Counts `frame` in the conversation tables, once per call tshark's taps make for it:
    /// the TCP tap sees follow's frames, and first IP fragments that were not reassembled, unless
    /// an option dissector threw before the tap; the UDP tap sees each UDP header that passed the
    /// length check, except those quoted in ICMP errors (tshark does not pass error packets to
    /// conversation taps), so a tunnelled datagram counts once per UDP layer.
    /// - Parameter reference: the capture's first frame time, which relative times count from.
    private mutating func count(_ frame: FrameFieldView, reference: Timestamp) {
        let time = RelativeTime(frame.timestamp, since: reference)
        if let tcp = frame.segment, let assignment = frame.assignment, tcp.reachesTCPTap, !frame.isTCPMalformed {
            count(frame, .tcp, stream: assignment.stream, source: tcp.source, destination: tcp.destination, time: time)
        }
        guard frame.layers.udpCount > 0 else { return }
        frame.forEachUDPHeader { udp, stream, _ in
            if let stream, udp.hasStream, !udp.isQuoted {
                count(frame, .udp, stream: stream, source: udp.source, destination: udp.destination, time: time)
            }
            return true
        }
    }

    /// One tap call: counts `frame` in the `transport` tables whose filter keeps it.
    private mutating func count(
        _ frame: FrameFieldView, _ transport: ConversationProtocol, stream: UInt32, source: Endpoint,
        destination: Endpoint, time: RelativeTime
    ) {
        for index in tables.indices
        where tables[index].request.transport == transport && tables[index].filter?.matches(frame) ?? true {
            tables[index].record(
                stream: stream, source: source, destination: destination, length: frame.originalLength, time: time)
        }
    }

    /// Feeds the UDP payloads of `frame` to every `follow,udp` block that takes the frame, once
    /// per block however many of its UDP layers the block's stream has (tshark's tap filter
    /// selects frames, and then every UDP layer of the frame makes a record).
    private mutating func followDatagrams(_ frame: FrameFieldView) {
        frame.forEachUDPStream { stream in
            for index in udpBlocksByStream[stream] ?? [] {
                blocks[index].processDatagrams(of: frame)
                handOn(block: index)
            }
        }
        for index in udpAddressPairBlocks where blocks[index].selectsDatagrams(of: frame) {
            blocks[index].processDatagrams(of: frame)
            handOn(block: index)
        }
    }

    /// Feeds `segment` to one block.
    private mutating func process(_ segment: FollowSegment, block index: Int) {
        blocks[index].process(segment)
        handOn(block: index)
    }

    /// After block `index` was fed: the first-printed block hands on what it has rendered;
    /// another moves its text to its spool once it holds ``spillThreshold`` bytes.
    private mutating func handOn(block index: Int) {
        if index == streamingBlock, let firstBlockSink {
            blocks[index].drain(ifAtLeast: streamingThreshold, into: firstBlockSink)
        } else if blocks[index].bufferedCount >= spillThreshold {
            spill(index)
        }
    }

    /// Moves block `index`'s text to its spool; without a usable one the text stays in memory.
    private mutating func spill(_ index: Int) {
        if spools[index] == nil {
            spools[index] = BlockSpool()
        }
        guard let spool = spools[index], !spool.isFull else { return }
        blocks[index].drainIfAccepted(by: spool.append)
    }

    /// Writes the statistics' text to `sink` in tshark's order, the last `-z` first (R1.8), less
    /// what already went to the first-block sink; spooled text is read back in order.
    /// - Returns: false when a spool could not be read back (the output is then incomplete).
    package mutating func finish(into sink: (UnsafeRawBufferPointer) -> Void) -> Bool {
        var complete = true
        func emit(_ bytes: [UInt8]) {
            if !bytes.isEmpty { bytes.withUnsafeBytes(sink) }
        }
        emit(fieldLines?.finish() ?? [])
        for slot in printOrder {
            switch slot {
            case .follow(let index):
                if let spool = spools[index] { complete = spool.replay(into: sink) && complete }
                emit(blocks[index].finish())
            case .conversation(let index):
                emit(ConversationTableText.render(tables[index]))
            }
        }
        return complete
    }
}
