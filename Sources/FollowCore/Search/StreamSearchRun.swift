import CaptureFile
import FollowOutput
import FrameFields
import TCPReassembly

/// One reading pass of a search: capture → follow frames → each selected stream's engine and
/// scanners → the report.
///
/// Memory: per stream seen, one slot (8 bytes); per searched stream, its follow engine (which
/// holds out-of-order segments, as tshark's does) and its scanners, whose carried bytes are
/// bounded by ``SearchContext/keepBehind`` plus the longest match in progress (`--max-match`).
/// A stream that has finished keeps its small idle state (see ``StreamSearch``).
struct StreamSearchRun {
    /// The state of one `tcp.stream` (or `udp.stream`) index.
    private enum Slot {
        /// Not seen yet, or not selected.
        case unopened
        case searching(StreamSearch)
        /// Settled for the output (`-l` after its first match): not searched.
        case settled
    }

    private let context: SearchContext
    private let selection: StreamSelection?
    /// Whether the TCP or the UDP streams are searched.
    private let followed: FollowProtocol
    private var slots: [Slot] = []
    /// Where each stream ends, for `--follow`'s second pass.
    private(set) var lastFrames = StreamBlocksPass.LastFrames()
    /// How many incomplete IP datagrams the read dropped to bound memory (tshark keeps them).
    private(set) var droppedDatagrams = 0
    /// A live search: a TCP stream that has ended (``StreamSearch/hasEnded``) is settled at once,
    /// its pending matches printed, and its state released; later frames of it are ignored.
    private let releasesEndedStreams: Bool

    /// `--idle SECONDS`: streams without a frame for that long (capture time) are settled and
    /// released; a later frame opens the stream's search afresh.
    private var idle: IdleStreams?

    init(
        context: SearchContext, selection: StreamSelection?, followed: FollowProtocol = .tcp,
        releasesEndedStreams: Bool = false, idleLimit: Int64? = nil
    ) {
        idle = idleLimit.map(IdleStreams.init)
        self.context = context
        self.selection = selection
        self.followed = followed
        self.releasesEndedStreams = releasesEndedStreams
    }

    /// Reads `reader` to its end (or the frame limit, or the first match with `-q`), then settles
    /// the streams still in progress.
    /// - Returns: the reader's error for a damaged capture (what was read before it has been
    ///   searched and settled), or nil.
    mutating func search(_ reader: CaptureReader, settings: FollowSettings) -> CaptureError? {
        defer { finish() }
        do {
            try read(reader, settings: settings)
            return nil
        } catch {
            return error
        }
    }

    /// With `--jobs`, in a worker: searches the work the reading thread hands over through
    /// `channel` until its last batch, then settles the streams still in progress.
    /// - Parameter afterBatch: called after each batch but the last, with the frame it reaches.
    mutating func search(_ channel: BatchChannel, afterBatch: (UInt64) -> Void) {
        channel.receiveAll { batch in
            guard !context.report.isComplete else { return }
            batch.forEach { take($0) }
            if !batch.isLast { afterBatch(batch.through) }
        }
        finish()
    }

    /// Searches one piece of work: how every frame reaches a stream's search (with `--jobs`,
    /// the reading thread's own frames and the workers' batches alike).
    mutating func take(_ work: HandedWork) {
        switch work {
        case .segment(let stream, let segment, let flags):
            withSearch(of: stream, frameNumber: segment.frameNumber, time: segment.timestamp.seconds) {
                $0.process(segment, flags: flags)
            }
        case .datagrams(let stream, let position, let datagrams):
            withSearch(
                of: stream, frameNumber: datagrams.frameNumber, time: datagrams.timestamp.seconds,
                position: position
            ) {
                $0.processDatagrams(datagrams)
            }
        case .finish:
            break
        }
    }

    /// Reads `reader` to its end (or the frame limit, or the first match with `-q`).
    /// - Throws: the reader's error for a damaged capture; what was read before it is searched.
    private mutating func read(_ reader: CaptureReader, settings: FollowSettings) throws(CaptureError) {
        if followed == .udp {
            try runDatagrams(reader, settings: settings)
            return
        }
        var frames = FollowFrameReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        while !context.report.isComplete, let frame = try frames.next() {
            if idle != nil { releaseIdle(now: frame.timestamp.seconds) }
            take(.segment(stream: frame.stream, frame.segment, frame.flags))
        }
    }

    /// ``read(_:settings:)`` for UDP streams: each frame goes to the search of each of its UDP
    /// streams, once per stream.
    private mutating func runDatagrams(_ reader: CaptureReader, settings: FollowSettings) throws(CaptureError) {
        var frames = FrameFieldReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        while !context.report.isComplete, try frames.next() {
            let frame = frames.frame
            guard frame.layers.udpCount > 0 else { continue }
            if idle != nil { releaseIdle(now: frame.timestamp.seconds) }
            var position: UInt32 = 0
            frame.forEachUDPStream { stream in
                take(.datagrams(stream: stream, position: position, HandedDatagrams(frame: frame)))
                position += 1
            }
        }
    }

    /// Settles the streams still in progress, in stream order (with `--jobs`, each tagged
    /// ``OutputTag/finishing(_:)``): after the last frame, or the last ``take(_:)``.
    mutating func finish() {
        for (index, slot) in slots.enumerated() {
            if case .searching(let search) = slot, !context.report.isComplete {
                if context.report.tag != nil { context.report.tag = .finishing(UInt32(index)) }
                search.finish()
            }
        }
        slots = []
    }

    /// Settles and releases the streams idle past the limit at `now`: what they hold is printed,
    /// and a later frame of one starts its search afresh (as if it began there).
    private mutating func releaseIdle(now: Int64) {
        idle?.expire(now: now) { stream in
            if case .searching(let search) = slots[Int(stream)] {
                search.finish()
                slots[Int(stream)] = .unopened
            }
        }
    }

    /// Runs `body` on the search of `stream` if it is searched (opening it if new), then settles
    /// the stream if the output needs nothing more of it: how every frame reaches a search.
    /// With `--jobs`, what it prints is tagged with the frame and the stream's `position` among
    /// the frame's.
    private mutating func withSearch(
        of stream: UInt32, frameNumber: UInt64, time: Int64, position: UInt32 = 0, _ body: (StreamSearch) -> Void
    ) {
        guard let search = search(for: stream, frameNumber: frameNumber) else { return }
        if context.report.tag != nil { context.report.tag = OutputTag(frame: frameNumber, position: position) }
        body(search)
        if releasesEndedStreams, search.hasEnded {
            search.finish()
            slots[Int(stream)] = .settled
            idle?.forget(stream)
            return
        }
        settleIfDone(stream)
        if case .searching = slots[Int(stream)] { idle?.note(stream, at: time) }
    }

    /// The search of `stream`, opened if it is selected and new; nil when it is not searched (not
    /// selected, or settled). Notes frame `frameNumber` as the stream's last so far.
    private mutating func search(for stream: UInt32, frameNumber: UInt64) -> StreamSearch? {
        let index = Int(stream)
        if index >= slots.count {
            slots += repeatElement(.unopened, count: index + 1 - slots.count)
        }
        lastFrames.note(stream: stream, frame: frameNumber)
        switch slots[index] {
        case .settled:
            return nil
        case .searching(let search):
            return search
        case .unopened:
            guard selection?.contains(stream) ?? true else { return nil }
            let search = StreamSearch(stream: stream, context: context)
            slots[index] = .searching(search)
            return search
        }
    }

    /// Stops searching `stream` once the output needs nothing more of it.
    private mutating func settleIfDone(_ stream: UInt32) {
        if context.report.isSettled(stream) {
            slots[Int(stream)] = .settled
        }
    }
}
