/// Where an export's per-stream files are written: files created by name, appended to in any
/// order, and finished (moved into place) or abandoned (removed) one by one.
///
/// An implementation keeps a small fixed number of descriptors open whatever the number of files
/// (``PooledFileSink``); the export command may swap in its own.
package protocol ExportFileSink: AnyObject {
    /// Starts file `name`, empty, under a temporary name.
    /// - Returns: the handle to write it with.
    func create(named name: String) throws(ExportSinkError) -> Int
    /// Appends `bytes` to file `file`.
    func append(_ bytes: [UInt8], to file: Int) throws(ExportSinkError)
    /// Writes out what is buffered for `file`, closes it and gives it its final name.
    func finish(_ file: Int) throws(ExportSinkError)
    /// Closes and removes `file`.
    func abandon(_ file: Int) throws(ExportSinkError)
}

/// A failure to write an export file: the operation, the path and the system's reason.
package struct ExportSinkError: Error, Equatable {
    /// The whole message, without the program name (`cannot write out/x.pcap: No space left on device`).
    package var message: String

    package init(_ message: String) {
        self.message = message
    }
}
