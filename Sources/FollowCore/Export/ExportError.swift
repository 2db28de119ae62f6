#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failure while writing an export: what was being done, to which path, and the system's reason
/// (`cannot write out/index.jsonl: No space left on device`).
package struct ExportError: Error, Equatable {
    /// The whole message, without the program name.
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    /// The failure of `operation` (`create`, `write`, `rename`, …) on `path`, with `errno`'s text.
    init(_ operation: String, _ path: String, errorNumber: Int32 = errno) {
        message = "cannot \(operation) \(path): \(String(cString: strerror(errorNumber)))"
    }
}
