import Synchronization

/// `index.jsonl` (``ExportIndex``) behind a lock, so that the workers of `--jobs` can each
/// finish their streams: the lines still come out in export order, each once its stream and
/// every stream before it are finished.
final class SharedExportIndex: Sendable {
    private let index: Mutex<ExportIndex>
    private let lines = Atomic<Int>(0)

    /// Creates (or empties) the index file at `path`.
    init(path: String) throws(ExportError) {
        index = Mutex(try ExportIndex(path: path))
    }

    /// How many lines were written (read by the progress line without taking the lock).
    var lineCount: Int { lines.load(ordering: .relaxed) }

    /// Adds `keys` to the order (``ExportIndex/expect(_:)``).
    func expect(_ keys: [StreamKey]) {
        index.withLock { $0.expect(keys) }
    }

    /// Notes that `key` is finished (``ExportIndex/finished(_:line:)``).
    func finished(_ key: StreamKey, line: [UInt8]?) throws(ExportError) {
        let result = index.withLock { index -> Result<Int, ExportError> in
            Result { () throws(ExportError) in
                try index.finished(key, line: line)
                return index.lineCount
            }
        }
        lines.store(try result.get(), ordering: .relaxed)
    }

    /// Closes the file.
    func close() throws(ExportError) {
        try index.withLock { index in Result { () throws(ExportError) in try index.close() } }.get()
    }
}
