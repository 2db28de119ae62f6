/// Why a capture could not be read. `message` gives tshark's words; in them `the file "P"`
/// reads `the standard input` when the path is `-`.
@usableFromInline package enum CaptureError: Error, Equatable {
    /// No such file: `The file "P" doesn't exist.`
    case doesNotExist(path: String)
    /// No read permission: `You don't have permission to read the file "P".`
    case permissionDenied(path: String)
    /// A directory: `"P" is a directory (folder), not a file.`
    case isDirectory(path: String)
    /// A device, socket, …: `The file "P" is a "special file" or socket or other non-regular file.`
    case notRegularFile(path: String)
    /// Another `open(2)` failure, or a read failure while opening: `The file "P" could not be opened: REASON.`
    case openFailed(path: String, reason: String)
    /// A `read(2)` failure after opening: `An error occurred while reading the file "P": REASON.`
    case readFailed(path: String, reason: String)
    /// Not a format we read: `The file "P" isn't a capture file in a format TShark understands.`
    case notACaptureFile(path: String)
    /// A valid file using something tshark does not handle:
    /// `The file "P" contains record data that TShark doesn't support.` then `(DETAIL)` on a second line.
    case unsupported(path: String, detail: String)
    /// The input ended while the file was being opened:
    /// `The file "P" appears to have been cut short in the middle of a packet or other data.`
    case cutShortInHeader(path: String)
    /// The input ended inside a record: `The file "P" appears to have been cut short in the middle of a packet.`
    case cutShortInPacket(path: String)
    /// Impossible contents: `The file "P" appears to be damaged or corrupt.` then `(DETAIL)` on a second line.
    case damaged(path: String, detail: String)
    /// Bad compressed data met while opening (tshark prints no line break here):
    /// `The file "P" cannot be decompressed; it may be damaged or corrupt.(REASON)`
    case decompressionFailedWhileOpening(path: String, reason: String)
    /// Bad compressed data met while reading:
    /// `The file "P" cannot be decompressed; it may be damaged or corrupt.` then `(REASON)` on a second line.
    case decompressionFailed(path: String, reason: String)
    /// A live capture failed after it started (an interface that went down): `MESSAGE`, worded
    /// by the capture module as tshark words it.
    case captureFailed(message: String)
}
