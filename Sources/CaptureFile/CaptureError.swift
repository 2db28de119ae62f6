/// Why a capture could not be read. The `swfollow` command turns each case into tshark's words.
package enum CaptureError: Error, Equatable {
    /// No such file (tshark: `The file "P" doesn't exist.`).
    case doesNotExist(path: String)
    /// Not a format we read (tshark: `The file "P" isn't a capture file in a format TShark understands.`).
    case notACaptureFile(path: String)
    /// The file header or a block header was cut (tshark: `… cut short in the middle of a packet or other data.`).
    case cutShortInHeader(path: String)
    /// A packet record was cut (tshark: `… cut short in the middle of a packet.`).
    case cutShortInPacket(path: String)
}
