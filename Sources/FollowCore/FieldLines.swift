import DisplayFilter
import FrameFields

/// `-T fields` during the pass: one line per frame that passes `-Y`, written as tshark writes
/// them while it reads, before any statistic (they print at the end).
struct FieldLines {
    private let writer: FieldLineWriter
    /// `-Y`: the frames whose lines are printed (all of them without it).
    private let displayFilter: DisplayFilter?
    /// The lines not yet handed to the sink.
    private(set) var output: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Void)?

    /// - Parameter sink: where lines go in pieces of at least ``FollowPipeline/streamingChunk``
    ///   bytes while the capture is read; nil keeps them in ``output``.
    init(writer: FieldLineWriter, displayFilter: DisplayFilter?, sink: ((UnsafeRawBufferPointer) -> Void)?) {
        self.writer = writer
        self.displayFilter = displayFilter
        self.sink = sink
        writer.appendPreamble(to: &output)
    }

    /// Writes the line of `frame` when `-Y` keeps it.
    mutating func add(_ frame: FrameFieldView) {
        if let displayFilter, !displayFilter.matches(frame) { return }
        writer.appendLine(for: frame, interface: frame.interface, to: &output)
        if let sink { output.drain(ifAtLeast: FollowPipeline.streamingChunk, into: sink) }
    }

    /// Hands back the lines not yet handed to the sink.
    mutating func finish() -> [UInt8] {
        defer { output = [] }
        return output
    }
}
