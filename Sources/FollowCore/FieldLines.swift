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
    private let threshold: Int

    /// - Parameters:
    ///   - sink: where lines go while the capture is read; nil keeps them in ``output``.
    ///   - threshold: how many bytes of lines are gathered before they go to `sink` (1: each line).
    init(
        writer: FieldLineWriter, displayFilter: DisplayFilter?, sink: ((UnsafeRawBufferPointer) -> Void)?,
        threshold: Int = FollowPipeline.streamingChunk
    ) {
        self.writer = writer
        self.displayFilter = displayFilter
        self.sink = sink
        self.threshold = threshold
        writer.appendPreamble(to: &output)
    }

    /// Writes the line of `frame` when `-Y` keeps it.
    mutating func add(_ frame: FrameFieldView) {
        if let displayFilter, !displayFilter.matches(frame) { return }
        writer.appendLine(for: frame, interface: frame.interface, to: &output)
        if let sink { output.drain(ifAtLeast: threshold, into: sink) }
    }

    /// Hands back the lines not yet handed to the sink.
    mutating func finish() -> [UInt8] {
        defer { output = [] }
        return output
    }
}
