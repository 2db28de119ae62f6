/// A command line swfollow refuses, with tshark's words and exit status where tshark has them.
package struct CommandLineError: Error, Equatable {
    /// The text after `swfollow: ` (may span several lines).
    package var message: String
    /// The process exit status.
    package var exitStatus: Int32

    package init(_ message: String, exitStatus: Int32 = 1) {
        self.message = message
        self.exitStatus = exitStatus
    }

    /// No `-r`: tshark would capture live, which swfollow does not do.
    package static let noCaptureFile = CommandLineError(
        "no capture file: use -r FILE (or -r - for standard input); swfollow does not capture live")
}
