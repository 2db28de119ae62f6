/// Every file an export is writing, behind at most ``descriptorLimit`` open descriptors and
/// ``bufferLimit`` buffered bytes, whatever the number of streams.
///
/// Each file has a write buffer, written out when it fills (``fileBufferSize``), when the file is
/// finished, or when all buffers together pass ``bufferLimit``. Descriptors are opened on demand
/// and kept in least-recently-used order; opening one more than the limit closes the oldest
/// (a file reopened later is appended to). A file lives under a temporary name until
/// ``finish(_:as:)`` renames it into place, or ``discard(_:)`` removes it.
///
/// Writes cannot fail one by one (they come from inside reassembly callbacks): the first failure
/// is kept in ``failure`` and every later write is skipped; the caller checks it after each frame.
package final class FilePool {
    /// One file of the pool.
    package struct Handle: Hashable {
        fileprivate let slot: Int
    }

    /// A file's state.
    private struct Entry {
        var temporaryPath: String
        var buffer: [UInt8] = []
        var file: OutputFile?
        /// Whether the file exists yet (later opens append).
        var created = false
    }

    let descriptorLimit: Int
    let bufferLimit: Int
    let fileBufferSize: Int
    /// The first write failure; everything after it is skipped.
    package private(set) var failure: ExportError?
    private var entries: [Entry?] = []
    private var freeSlots: [Int] = []
    /// Slots with an open descriptor, least recently used first.
    private var openSlots: [Int] = []
    private var bufferedCount = 0
    /// The largest number of descriptors open at once.
    package private(set) var peakOpenCount = 0

    package init(descriptorLimit: Int = 16, bufferLimit: Int = 32 << 20, fileBufferSize: Int = 64 << 10) {
        self.descriptorLimit = max(1, descriptorLimit)
        self.bufferLimit = bufferLimit
        self.fileBufferSize = fileBufferSize
    }

    /// A new, empty file to be written at `temporaryPath` (nothing is created before it is written).
    package func create(at temporaryPath: String) -> Handle {
        let entry = Entry(temporaryPath: temporaryPath)
        if let slot = freeSlots.popLast() {
            entries[slot] = entry
            return Handle(slot: slot)
        }
        entries.append(entry)
        return Handle(slot: entries.count - 1)
    }

    /// Appends `bytes` to the file.
    package func append(_ bytes: UnsafeRawBufferPointer, to handle: Handle) {
        guard failure == nil, !bytes.isEmpty else { return }
        entries[handle.slot]?.buffer.append(contentsOf: bytes)
        bufferedCount += bytes.count
        if let count = entries[handle.slot]?.buffer.count, count >= fileBufferSize {
            flush(handle.slot)
        }
        if bufferedCount > bufferLimit {
            flushAll()
        }
    }

    /// Writes out the rest of the file, closes it and renames it to `finalPath`.
    package func finish(_ handle: Handle, as finalPath: String) {
        flush(handle.slot, creatingEmpty: true)
        close(handle.slot)
        if failure == nil, let entry = entries[handle.slot] {
            record { () throws(ExportError) in try OutputFile.move(entry.temporaryPath, to: finalPath) }
        }
        release(handle.slot)
    }

    /// Forgets the file and removes what was written of it.
    package func discard(_ handle: Handle) {
        close(handle.slot)
        if let entry = entries[handle.slot], entry.created {
            record { () throws(ExportError) in try OutputFile.remove(entry.temporaryPath) }
        }
        release(handle.slot)
    }

    /// How many descriptors are open now.
    package var openCount: Int { openSlots.count }

    /// Writes a slot's buffer to its file (opening it if needed).
    private func flush(_ slot: Int, creatingEmpty: Bool = false) {
        guard failure == nil, let entry = entries[slot] else { return }
        guard !entry.buffer.isEmpty || (creatingEmpty && !entry.created) else { return }
        guard let file = descriptor(for: slot) else { return }
        let count = entry.buffer.count
        record { () throws(ExportError) in try file.writeAll(entry.buffer) }
        entries[slot]?.buffer.removeAll(keepingCapacity: false)
        bufferedCount -= count
    }

    /// Writes out every buffer, so that buffered bytes never pass ``bufferLimit``.
    private func flushAll() {
        for slot in entries.indices where entries[slot]?.buffer.isEmpty == false {
            flush(slot)
        }
    }

    /// The slot's open file, opening it (and closing the least recently used) when needed.
    private func descriptor(for slot: Int) -> OutputFile? {
        if let file = entries[slot]?.file {
            if let position = openSlots.lastIndex(of: slot), position != openSlots.count - 1 {
                openSlots.remove(at: position)
                openSlots.append(slot)
            }
            return file
        }
        while openSlots.count >= descriptorLimit {
            close(openSlots[0])
        }
        guard let entry = entries[slot] else { return nil }
        var opened: OutputFile?
        record { () throws(ExportError) in
            opened = try OutputFile(path: entry.temporaryPath, truncating: !entry.created)
        }
        guard let opened else { return nil }
        entries[slot]?.file = opened
        entries[slot]?.created = true
        openSlots.append(slot)
        peakOpenCount = max(peakOpenCount, openSlots.count)
        return opened
    }

    /// Closes the slot's descriptor, if open.
    private func close(_ slot: Int) {
        guard let file = entries[slot]?.file else { return }
        entries[slot]?.file = nil
        openSlots.removeAll { $0 == slot }
        record { () throws(ExportError) in try file.closeFile() }
    }

    /// Frees a slot for reuse.
    private func release(_ slot: Int) {
        bufferedCount -= entries[slot]?.buffer.count ?? 0
        entries[slot] = nil
        freeSlots.append(slot)
    }

    /// Runs `body`, keeping its error as ``failure`` if it is the first.
    private func record(_ body: () throws(ExportError) -> Void) {
        do {
            try body()
        } catch {
            if failure == nil { failure = error }
        }
    }

    /// Closes every descriptor (after a failure, or at the end).
    package func closeAll() {
        while let slot = openSlots.first {
            close(slot)
        }
    }
}
