#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An anonymous temporary file where a follow block's text waits until its turn to print.
///
/// tshark prints every block at the end, the last `-z` first; only that first block can be
/// written while the capture is read. The others would otherwise grow in memory with their
/// streams (a 5 GB stream in hex is 15 GB of text), so past a threshold their text moves here.
/// The file has no name (`tmpfile`) and disappears with the process.
final class BlockSpool {
    private let file: UnsafeMutablePointer<FILE>
    /// Whether an append failed (a full disk): the file keeps what came before, and the caller
    /// keeps the rest in memory.
    private(set) var isFull = false

    /// A fresh spool, or nil when no temporary file can be made (the text then stays in memory).
    init?() {
        guard let file = tmpfile() else { return nil }
        self.file = file
    }

    deinit {
        fclose(file)
    }

    /// Appends `bytes` whole, or nothing: after a failed write the file is cut back to where it
    /// was, ``isFull`` is set, and false says the bytes are still the caller's.
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard !isFull else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        let start = ftello(file)
        if fwrite(base, 1, bytes.count, file) == bytes.count, fflush(file) == 0 { return true }
        isFull = true
        clearerr(file)
        _ = ftruncate(fileno(file), start)
        _ = fseeko(file, start, SEEK_SET)
        return false
    }

    /// Hands everything appended to `sink`, in order, in pieces of at most 64 KiB.
    /// - Returns: false when the file could not be read back whole.
    func replay(into sink: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let end = ftello(file)
        rewind(file)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var remaining = end
        while remaining > 0 {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, Int(min(remaining, 1 << 16)), file) }
            guard count > 0 else { return false }
            buffer.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            remaining -= off_t(count)
        }
        return true
    }
}
