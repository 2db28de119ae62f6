#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An ``ExportFileSink`` that writes files under `DIRECTORY/TEMPORARY/NAME` and renames them to
/// `DIRECTORY/NAME` when finished, with at most ``maximumOpenFiles`` descriptors open.
///
/// Each open file has a buffer of ``bufferSize`` bytes; when a file must be opened and all slots
/// are taken, the least recently written one is flushed and closed (it is reopened for appending
/// when written to again). Memory: a name per unfinished file, plus the slots' buffers.
package final class PooledFileSink: ExportFileSink {
    /// One unfinished file.
    private struct Entry {
        var name: String
        /// Its slot while open.
        var slot: Int?
        /// Whether the file exists on disk yet (created at its first flush).
        var exists = false
    }

    /// One open descriptor and its buffer.
    private struct Slot {
        var file: Int
        var descriptor: Int32
        var buffer: [UInt8]
        var lastUse: UInt64
    }

    /// Descriptors open at most.
    package let maximumOpenFiles: Int
    /// Bytes buffered per open file before they are written.
    package let bufferSize: Int
    private let directory: String
    private let temporaryDirectory: String
    private var entries: [Int: Entry] = [:]
    private var slots: [Slot] = []
    private var nextHandle = 0
    private var clock: UInt64 = 0

    /// - Parameters:
    ///   - directory: where finished files go; `temporaryDirectory` (inside it, created if
    ///     missing) holds unfinished ones.
    package init(
        directory: String, temporaryDirectory: String = ".partial", maximumOpenFiles: Int = 16,
        bufferSize: Int = 1 << 16
    ) throws(ExportSinkError) {
        self.directory = directory
        self.temporaryDirectory = directory + "/" + temporaryDirectory
        self.maximumOpenFiles = max(maximumOpenFiles, 1)
        self.bufferSize = max(bufferSize, 1)
        if mkdir(self.temporaryDirectory, 0o755) != 0 && errno != EEXIST {
            throw Self.failure("create directory", self.temporaryDirectory)
        }
    }

    package func create(named name: String) throws(ExportSinkError) -> Int {
        defer { nextHandle += 1 }
        entries[nextHandle] = Entry(name: name)
        return nextHandle
    }

    package func append(_ bytes: [UInt8], to file: Int) throws(ExportSinkError) {
        let slot = try openSlot(for: file)
        clock += 1
        slots[slot].lastUse = clock
        if slots[slot].buffer.count + bytes.count > bufferSize {
            try flush(slot)
        }
        if bytes.count >= bufferSize {
            try writeOut(bytes, slot: slot)
        } else {
            slots[slot].buffer.append(contentsOf: bytes)
        }
    }

    package func finish(_ file: Int) throws(ExportSinkError) {
        guard let entry = entries[file] else { return }
        if entry.slot == nil && !entry.exists {
            _ = try openSlot(for: file)  // an empty file is still a file
        }
        if let slot = entries[file]?.slot {
            try flush(slot)
            try closeSlot(slot)
        }
        entries[file] = nil
        let source = temporaryPath(entry.name)
        let destination = directory + "/" + entry.name
        if rename(source, destination) != 0 { throw Self.failure("rename \(source) to", destination) }
    }

    package func abandon(_ file: Int) throws(ExportSinkError) {
        guard let entry = entries[file] else { return }
        if let slot = entry.slot {
            slots[slot].buffer.removeAll(keepingCapacity: true)
            try closeSlot(slot)
        }
        entries[file] = nil
        let path = temporaryPath(entry.name)
        if unlink(path) != 0 && errno != ENOENT { throw Self.failure("remove", path) }
    }

    /// The slot holding `file` open, opening it (and closing the least recently used file when
    /// every slot is taken) if needed.
    private func openSlot(for file: Int) throws(ExportSinkError) -> Int {
        guard let entry = entries[file] else { throw ExportSinkError("no unfinished export file number \(file)") }
        if let slot = entry.slot { return slot }
        let path = temporaryPath(entry.name)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (entry.exists ? O_APPEND : O_TRUNC)
        var slot = slots.firstIndex { $0.descriptor < 0 } ?? slots.count
        if slot == maximumOpenFiles {
            slot = slots.indices.min { slots[$0].lastUse < slots[$1].lastUse } ?? 0
            try flush(slot)
            try closeSlot(slot)
        }
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Self.failure(entry.exists ? "open" : "create", path) }
        entries[file]?.exists = true
        entries[file]?.slot = slot
        if slot == slots.count {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(bufferSize)
            slots.append(Slot(file: file, descriptor: descriptor, buffer: buffer, lastUse: clock))
        } else {
            slots[slot].file = file
            slots[slot].descriptor = descriptor
            slots[slot].lastUse = clock
        }
        return slot
    }

    /// Writes out the buffer of `slot`.
    private func flush(_ slot: Int) throws(ExportSinkError) {
        guard !slots[slot].buffer.isEmpty else { return }
        try writeOut(slots[slot].buffer, slot: slot)
        slots[slot].buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to the descriptor of `slot`, retrying short writes and interruptions.
    private func writeOut(_ bytes: [UInt8], slot: Int) throws(ExportSinkError) {
        let descriptor = slots[slot].descriptor
        let succeeded = bytes.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        if !succeeded { throw Self.failure("write", path(ofSlot: slot)) }
    }

    /// Closes the descriptor of `slot` (its buffer already written), leaving the slot reusable.
    private func closeSlot(_ slot: Int) throws(ExportSinkError) {
        let file = slots[slot].file
        entries[file]?.slot = nil
        if close(slots[slot].descriptor) != 0 && errno != EINTR {
            throw Self.failure("write", path(ofSlot: slot))
        }
        slots[slot].descriptor = -1
        slots[slot].lastUse = 0
    }

    private func temporaryPath(_ name: String) -> String { temporaryDirectory + "/" + name }

    private func path(ofSlot slot: Int) -> String {
        temporaryPath(entries[slots[slot].file]?.name ?? "")
    }

    /// The failure of `operation` on `path`, with `errno`'s text.
    private static func failure(_ operation: String, _ path: String) -> ExportSinkError {
        ExportSinkError("cannot \(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
