extension CaptureError {
    /// tshark's text for this error, without the `tshark: ` prefix; may span two lines.
    package var message: String {
        switch self {
        case .doesNotExist(let path):
            "The file \"\(path)\" doesn't exist."
        case .permissionDenied(let path):
            "You don't have permission to read the file \"\(path)\"."
        case .isDirectory(let path):
            "\"\(path)\" is a directory (folder), not a file."
        case .notRegularFile(let path):
            "The \(Self.describe(path)) is a \"special file\" or socket or other non-regular file."
        case .openFailed(let path, let reason):
            "The \(Self.describe(path)) could not be opened: \(reason)."
        case .readFailed(let path, let reason):
            "An error occurred while reading the \(Self.describe(path)): \(reason)."
        case .notACaptureFile(let path):
            "The \(Self.describe(path)) isn't a capture file in a format TShark understands."
        case .unsupported(let path, let detail):
            "The \(Self.describe(path)) contains record data that TShark doesn't support.\n(\(detail))"
        case .cutShortInHeader(let path):
            "The \(Self.describe(path)) appears to have been cut short in the middle of a packet or other data."
        case .cutShortInPacket(let path):
            "The \(Self.describe(path)) appears to have been cut short in the middle of a packet."
        case .damaged(let path, let detail):
            "The \(Self.describe(path)) appears to be damaged or corrupt.\n(\(detail))"
        case .decompressionFailedWhileOpening(let path, let reason):
            "The \(Self.describe(path)) cannot be decompressed; it may be damaged or corrupt.(\(reason))"
        case .decompressionFailed(let path, let reason):
            "The \(Self.describe(path)) cannot be decompressed; it may be damaged or corrupt.\n(\(reason))"
        case .captureFailed(let message):
            message
        }
    }

    /// The same failure as tshark words it when it happens while the file is being opened
    /// (tshark's open and read paths word a few errors differently).
    var asOpenError: CaptureError {
        switch self {
        case .cutShortInPacket(let path): .cutShortInHeader(path: path)
        case .decompressionFailed(let path, let reason): .decompressionFailedWhileOpening(path: path, reason: reason)
        case .readFailed(let path, let reason): .openFailed(path: path, reason: reason)
        default: self
        }
    }

    /// How tshark names the input: `file "P"`, or `standard input` for `-`.
    private static func describe(_ path: String) -> String {
        path == "-" ? "standard input" : "file \"\(path)\""
    }
}
