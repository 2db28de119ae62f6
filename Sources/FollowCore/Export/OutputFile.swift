#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CaptureFile

/// One file being written with POSIX calls: the export's only way to write, rename and remove
/// files, every failure an ``ExportError`` naming the path. No buffering here (``FilePool``
/// buffers), no Foundation.
struct OutputFile {
    /// The path the file was opened by.
    let path: String
    private let descriptor: Int32

    /// Opens `path` for writing: created or emptied when `truncating`, else appended to.
    init(path: String, truncating: Bool) throws(ExportError) {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (truncating ? O_TRUNC : O_APPEND)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw ExportError(truncating ? "create" : "open", path) }
        self.path = path
        self.descriptor = descriptor
    }

    /// Writes all of `bytes`.
    func writeAll(_ bytes: [UInt8]) throws(ExportError) {
        if let failure = bytes.withUnsafeBytes(failureWriting) { throw failure }
    }

    /// Writes all of `bytes`, retrying short writes and interruptions; the error, if any.
    private func failureWriting(_ bytes: UnsafeRawBufferPointer) -> ExportError? {
        DescriptorOutput.writeAll(bytes, to: descriptor).map { ExportError("write", path, errorNumber: $0) }
    }

    /// Closes the file (a late write error, such as a full disk on NFS, shows here).
    func closeFile() throws(ExportError) {
        if close(descriptor) != 0 && errno != EINTR { throw ExportError("write", path) }
    }

    /// Moves `source` to `destination`, replacing it.
    static func move(_ source: String, to destination: String) throws(ExportError) {
        if rename(source, destination) != 0 { throw ExportError("rename \(source) to", destination) }
    }

    /// Removes `path` if it exists (a file excluded after it was written).
    static func remove(_ path: String) throws(ExportError) {
        if unlink(path) != 0 && errno != ENOENT { throw ExportError("remove", path) }
    }
}
