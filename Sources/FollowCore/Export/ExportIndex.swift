/// `DIR/index.jsonl`, written in export order (TCP streams ascending, then UDP streams): a
/// stream's line is written once it and every stream before it in that order are finished, so
/// the file only ever describes finished files.
struct ExportIndex {
    private let file: OutputFile
    /// The streams in export order, as far as they are known.
    private var order: [StreamKey] = []
    private var position: [StreamKey: Int] = [:]
    /// Each finished stream's line (nil: excluded) until its turn.
    private var waiting: [Int: String?] = [:]
    private var next = 0
    /// How many lines were written.
    private(set) var lineCount = 0

    /// Creates (or empties) the index file at `path`.
    init(path: String) throws(ExportError) {
        file = try OutputFile(path: path, truncating: true)
    }

    /// Adds `keys` (ascending, after those already expected) to the order.
    mutating func expect(_ keys: some Sequence<StreamKey>) {
        for key in keys {
            position[key] = order.count
            order.append(key)
        }
    }

    /// Notes that `key` is finished with `line` (nil when the stream is not exported) and writes
    /// every line whose turn has come.
    mutating func finished(_ key: StreamKey, line: String?) throws(ExportError) {
        guard let index = position.removeValue(forKey: key) else { return }
        waiting[index] = .some(line)
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            if let ready {
                try file.writeAll(Array((ready + "\n").utf8))
                lineCount += 1
            }
        }
    }

    /// Closes the file.
    func close() throws(ExportError) {
        try file.closeFile()
    }
}
