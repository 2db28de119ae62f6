/// The compressed bytes of a gzip file, buffered for the inflater and the member-header parser.
final class CompressedInput {
    /// How many bytes are read from the file at a time.
    private static let capacity = 256 << 10

    private let file: FileInput
    private let storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var fileExhausted = false

    /// Wraps `file`, whose first bytes (`prefix`) were already read to detect gzip.
    init(file: FileInput, prefix: UnsafeRawBufferPointer) {
        self.file = file
        storage = .allocate(byteCount: max(Self.capacity, prefix.count), alignment: 16)
        storage.copyMemory(from: prefix)
        end = prefix.count
    }

    deinit {
        storage.deallocate()
    }

    /// The buffered, unconsumed bytes.
    var buffered: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[start..<end])
    }

    /// Marks `count` buffered bytes as used.
    func consume(_ count: Int) {
        start += count
    }

    /// Makes at least `count` (at most `capacity`) bytes buffered if the file still has them.
    /// - Returns: whether `count` bytes are buffered.
    /// - Throws: `readFailed` when `read(2)` fails.
    func request(_ count: Int) throws(CaptureError) -> Bool {
        while end - start < count {
            if start > 0 {
                let unread = end - start
                if unread > 0, let base = storage.baseAddress {
                    base.copyMemory(from: base + start, byteCount: unread)
                }
                start = 0
                end = unread
            }
            guard !fileExhausted else { return false }
            let received = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: storage[end...]))
            if received == 0 {
                fileExhausted = true
            }
            end += received
        }
        return true
    }

    /// Reads one byte, or `nil` at the end of the file.
    func nextByte() throws(CaptureError) -> UInt8? {
        guard try request(1) else { return nil }
        let byte = storage[start]
        start += 1
        return byte
    }

    /// Copies buffered bytes, then bytes read straight from the file, into `target`.
    /// - Returns: the number of bytes copied; 0 only at the end of the file.
    func readRaw(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        let count = min(end - start, target.count)
        if count > 0 {
            target.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[start..<(start + count)]))
            start += count
            return count
        }
        return fileExhausted ? 0 : try file.read(into: target)
    }
}
