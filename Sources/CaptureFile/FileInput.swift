import Glibc

/// A file descriptor opened for reading (or standard input), read with `read(2)`, or a caller's
/// byte source (``ExternalByteSource``) read through the same interface.
///
/// This is the only file that calls the C library: `stat`, `open`, `read` and `close`
/// (the swift-system `Syscalls.swift` pattern).
final class FileInput {
    /// The descriptor (-1 for an external source); standard input is never closed.
    private let descriptor: Int32
    /// The caller's source, when the bytes do not come from a descriptor.
    private let external: (any ExternalByteSource)?
    /// Whether `deinit` must close `descriptor`.
    private let ownsDescriptor: Bool
    /// The path as given by the user, for error messages.
    let path: String
    /// Whether the input is a pipe or FIFO, which tshark cannot seek (it then skips the pcap
    /// format heuristics).
    let isPipe: Bool

    /// Opens `path` for reading; `"-"` means standard input.
    /// - Throws: tshark's open-time errors: missing file, directory, special file, permission.
    init(path: String) throws(CaptureError) {
        self.path = path
        external = nil
        var status = stat()
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            isPipe = fstat(0, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
            return
        }
        guard stat(path, &status) == 0 else {
            throw Self.openError(errno: errno, path: path)
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR {
            throw .isDirectory(path: path)
        }
        if kind != S_IFREG && kind != S_IFIFO {
            throw .notRegularFile(path: path)
        }
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else {
            throw Self.openError(errno: errno, path: path)
        }
        descriptor = opened
        ownsDescriptor = true
        isPipe = kind == S_IFIFO
    }

    /// Reads an already open descriptor, named `path` in error messages.
    /// - Parameter closesDescriptor: whether `deinit` closes it.
    /// - Throws: `notRegularFile` for a descriptor that is neither a file nor a pipe or FIFO;
    ///   `openFailed` when `fstat(2)` fails (a closed descriptor).
    init(descriptor: Int32, path: String, closesDescriptor: Bool) throws(CaptureError) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Self.openError(errno: errno, path: path)
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR {
            throw .isDirectory(path: path)
        }
        if kind != S_IFREG && kind != S_IFIFO && kind != S_IFSOCK {
            throw .notRegularFile(path: path)
        }
        self.descriptor = descriptor
        self.path = path
        external = nil
        ownsDescriptor = closesDescriptor
        isPipe = kind != S_IFREG
    }

    /// Reads `source`, named `path` in error messages, as a regular file is read.
    init(source: any ExternalByteSource, path: String) {
        descriptor = -1
        external = source
        self.path = path
        ownsDescriptor = false
        isPipe = false
    }

    deinit {
        if ownsDescriptor {
            _ = close(descriptor)
        }
    }

    /// Reads up to `target.count` bytes; returns 0 only at end of file. Retries on `EINTR`.
    /// - Throws: `CaptureError.readFailed` when `read(2)` fails.
    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        guard let base = target.baseAddress, !target.isEmpty else { return 0 }
        if let external {
            let count = try external.read(into: target)
            guard (0...target.count).contains(count) else {
                throw .readFailed(path: path, reason: "the byte source returned \(count) for \(target.count) bytes")
            }
            return count
        }
        while true {
            let count = Glibc.read(descriptor, base, target.count)
            if count >= 0 {
                return count
            }
            let code = errno
            if code != EINTR {
                throw .readFailed(path: path, reason: Self.describe(errno: code))
            }
        }
    }

    /// Maps an `open`/`stat` failure to tshark's wording.
    private static func openError(errno code: Int32, path: String) -> CaptureError {
        switch code {
        case ENOENT: .doesNotExist(path: path)
        case EACCES: .permissionDenied(path: path)
        case EISDIR: .isDirectory(path: path)
        default: .openFailed(path: path, reason: describe(errno: code))
        }
    }

    /// The C library's text for an `errno` value (`strerror`, as GLib's `g_strerror`).
    private static func describe(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "Error \(code)" }
        return String(cString: text)
    }
}
