/// `DIR/index.jsonl`, written in export order (TCP streams ascending, then UDP streams): a
/// stream's line is written once it and every stream before it in that order are finished, so
/// the file only ever describes finished files.
struct ExportIndex {
    /// A stream's place in the order.
    private enum Slot {
        /// Not finished yet.
        case open
        /// Finished and not exported: no line.
        case excluded
        /// Finished, with its line (no newline).
        case line([UInt8])
    }

    private let file: OutputFile
    /// Each expected stream's position in the order.
    private var position = ExportStreamTable<Int>()
    /// Every expected stream's state in export order (those before `next` are written).
    private var slots: [Slot] = []
    private var next = 0
    /// Lines ready to write (written in one call per finished stream).
    private var ready: [UInt8] = []
    /// How many lines were written.
    private(set) var lineCount = 0

    /// Creates (or empties) the index file at `path`.
    init(path: String) throws(ExportError) {
        file = try OutputFile(path: path, truncating: true)
    }

    /// Adds `keys` (ascending, after those already expected) to the order.
    mutating func expect(_ keys: some Sequence<StreamKey>) {
        for key in keys {
            position[key] = slots.count
            slots.append(.open)
        }
    }

    /// Notes that `key` is finished with `line` (nil when the stream is not exported) and writes
    /// every line whose turn has come.
    mutating func finished(_ key: StreamKey, line: [UInt8]?) throws(ExportError) {
        guard let index = position.removeValue(forKey: key) else { return }
        slots[index] = line.map(Slot.line) ?? .excluded
        while next < slots.count {
            switch slots[next] {
            case .open:
                return try flush()
            case .excluded:
                break
            case .line(let bytes):
                ready += bytes
                ready.append(0x0A)
                lineCount += 1
            }
            slots[next] = .excluded
            next += 1
        }
        try flush()
    }

    /// Writes the ready lines.
    private mutating func flush() throws(ExportError) {
        guard !ready.isEmpty else { return }
        defer { ready.removeAll(keepingCapacity: true) }
        try file.writeAll(ready)
    }

    /// Closes the file.
    func close() throws(ExportError) {
        try file.closeFile()
    }
}
