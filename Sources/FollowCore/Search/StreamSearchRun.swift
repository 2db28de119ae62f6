import CaptureFile
import TCPReassembly

/// One reading pass of a search: capture → follow frames → each selected stream's engine and
/// scanners → the report.
///
/// Memory: per stream seen, one slot (8 bytes); per searched stream, its follow engine (which
/// holds out-of-order segments, as tshark's does) and its scanners, whose carried bytes are
/// bounded by ``SearchContext/keepBehind`` plus the longest match in progress (`--max-match`).
/// A stream that has finished keeps its small idle state (see ``StreamSearch``).
struct StreamSearchRun {
    /// The state of one `tcp.stream` index.
    private enum Slot {
        /// Not seen yet, or not selected.
        case unopened
        case searching(StreamSearch)
        /// Settled for the output (`-l` after its first match): no longer searched.
        case settled
    }

    private let context: SearchContext
    private let selection: StreamSelection?
    private var slots: [Slot] = []
    /// Where each stream ends, for `--follow`'s second pass.
    private(set) var lastFrames = StreamBlocksPass.LastFrames()
    /// How many incomplete IP datagrams the read dropped to bound memory (tshark keeps them).
    private(set) var droppedDatagrams = 0

    init(context: SearchContext, selection: StreamSelection?) {
        self.context = context
        self.selection = selection
    }

    /// Reads `reader` to its end (or the frame limit, or the first match with `-q`).
    /// - Throws: the reader's error for a damaged capture; what was read before it is searched.
    mutating func run(_ reader: CaptureReader, settings: FollowSettings) throws(CaptureError) {
        var frames = FollowFrameReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        while !context.report.isComplete, let frame = try frames.next() {
            process(frame)
        }
    }

    /// Settles the streams still in progress, in stream order.
    mutating func finish() {
        for slot in slots {
            if case .searching(let search) = slot, !context.report.isComplete {
                search.finish()
            }
        }
        slots = []
    }

    private mutating func process(_ frame: FollowFrameReader.Frame) {
        let index = Int(frame.stream)
        if index >= slots.count {
            slots += repeatElement(.unopened, count: index + 1 - slots.count)
        }
        lastFrames.note(stream: frame.stream, frame: frame.segment.frameNumber)
        switch slots[index] {
        case .settled:
            return
        case .searching(let search):
            search.process(frame)
        case .unopened:
            guard selection?.contains(frame.stream) ?? true else { return }
            let search = StreamSearch(stream: frame.stream, context: context)
            slots[index] = .searching(search)
            search.process(frame)
        }
        if context.report.isSettled(frame.stream) {
            slots[index] = .settled
        }
    }
}
