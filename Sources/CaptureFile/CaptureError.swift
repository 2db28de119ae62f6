/// Why a capture could not be read, with tshark's wording in `message`.
package enum CaptureError: Error, Equatable {
    /// No such file: `The file "P" doesn't exist.`
    case doesNotExist(path: String)
    /// A directory: `"P" is a directory (folder), not a file.`
    case isDirectory(path: String)
    /// A device, socket, …: `The file "P" is a "special file" or socket or other non-regular file.`
    case notRegularFile(path: String)
    /// No read permission: `The file "P" could not be opened because you don't have permission to read it.`
    case permissionDenied(path: String)
    /// Another `open(2)` failure: `The file "P" could not be opened: REASON.`
    case openFailed(path: String, reason: String)
    /// A `read(2)` failure: `An error occurred while reading from the file "P": REASON.`
    case readFailed(path: String, reason: String)
    /// Not a format we read: `The file "P" isn't a capture file in a format TShark understands.`
    case notACaptureFile(path: String)
    /// The file header was cut: `The file "P" appears to have been cut short in the middle of a packet or other data.`
    case cutShortInHeader(path: String)
    /// A record was cut: `The file "P" appears to have been cut short in the middle of a packet.`
    case cutShortInPacket(path: String)
    /// Impossible contents: `The file "P" appears to be damaged or corrupt.` and `(DETAIL)` on a second line.
    case damaged(path: String, detail: String)
    /// Bad compressed data: `The file "P" cannot be decompressed; it may be damaged or corrupt.` and `(REASON)`.
    case decompressionFailed(path: String, reason: String)
}
