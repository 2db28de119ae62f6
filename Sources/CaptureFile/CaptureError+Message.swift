extension CaptureError {
    /// tshark's text for this error, without the `tshark: ` prefix; may span several lines.
    package var message: String {
        switch self {
        case .doesNotExist(let path):
            "The file \"\(path)\" doesn't exist."
        case .isDirectory(let path):
            "\"\(path)\" is a directory (folder), not a file."
        case .notRegularFile(let path):
            "The file \"\(path)\" is a \"special file\" or socket or other non-regular file."
        case .permissionDenied(let path):
            "The file \"\(path)\" could not be opened because you don't have permission to read it."
        case .openFailed(let path, let reason):
            "The file \"\(path)\" could not be opened: \(reason)."
        case .readFailed(let path, let reason):
            "An error occurred while reading from the file \"\(path)\": \(reason)."
        case .notACaptureFile(let path):
            "The file \"\(path)\" isn't a capture file in a format TShark understands."
        case .cutShortInHeader(let path):
            "The file \"\(path)\" appears to have been cut short in the middle of a packet or other data."
        case .cutShortInPacket(let path):
            "The file \"\(path)\" appears to have been cut short in the middle of a packet."
        case .damaged(let path, let detail):
            "The file \"\(path)\" appears to be damaged or corrupt.\n(\(detail))"
        case .decompressionFailed(let path, let reason):
            "The file \"\(path)\" cannot be decompressed; it may be damaged or corrupt.\n(\(reason))"
        }
    }
}
