import CaptureFile

/// Why a capture could not be opened or read on, in tshark 4.0's words.
///
/// ``description`` is the text tshark prints after `tshark: ` (one or two lines). When a
/// capture is damaged or cut short after some frames (``isDamageAfterFrames``), the frames
/// already read are sound: tshark prints what it made of them, then the message.
public struct CaptureError: Error, Equatable, Sendable, CustomStringConvertible {
    @usableFromInline let underlying: CaptureFile.CaptureError

    @usableFromInline init(_ underlying: CaptureFile.CaptureError) {
        self.underlying = underlying
    }

    /// tshark's message, as it prints it after `tshark: `.
    public var description: String { underlying.message }

    /// Whether this error ends the reading of a capture that opened well (a damaged record, a
    /// file cut short, a failed read or decompression), rather than its opening.
    public var isDamageAfterFrames: Bool {
        switch underlying {
        case .readFailed, .cutShortInPacket, .damaged, .decompressionFailed, .unsupported: true
        default: false
        }
    }
}
