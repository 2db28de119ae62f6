import Glibc

/// A file with no name, rewritten with each fuzz input and read through `/proc/self/fd/N`, so
/// that captures reach swfollow by `-r PATH` as in real runs, without a file left behind.
///
/// It lives in `/dev/shm` (memory) when there is one, else in `$TMPDIR` or `/tmp`; it is
/// unlinked as soon as it is made and disappears with the process.
package final class ScratchFile: Sendable {
    /// The open descriptor, read and write.
    private let descriptor: Int32
    /// A path that opens the file: `/proc/self/fd/N`.
    package let path: String

    /// Makes the file; traps when no temporary file can be made (the fuzzer cannot run).
    package init() {
        var template = Array("\(Self.directory)/swfollow-fuzz-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        precondition(descriptor >= 0, "cannot make a temporary file in \(Self.directory)")
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
        path = "/proc/self/fd/\(descriptor)"
    }

    deinit {
        close(descriptor)
    }

    /// Replaces the file's contents with `bytes`.
    package func write(_ bytes: UnsafeRawBufferPointer) {
        precondition(ftruncate(descriptor, 0) == 0, "cannot truncate \(path)")
        var offset = 0
        while offset < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
            precondition(written > 0 || errno == EINTR, "cannot write \(path)")
            offset += max(written, 0)
        }
    }

    /// Where temporary files go.
    private static var directory: String {
        var status = stat()
        if stat("/dev/shm", &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "/dev/shm" }
        return getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    }
}
