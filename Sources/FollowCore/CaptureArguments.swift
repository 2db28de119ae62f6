import Glibc
import LiveCapture

/// The values of tshark 4.0.17's capture options (`-s`, `-B`, `-a`), checked as tshark checks
/// them while it reads its options, with its messages (its `get_natural_int`,
/// `get_positive_int`, `get_nonzero_guint32` and `get_positive_double`).
enum CaptureArguments {
    /// `-s`: 0…2147483647; 0 means dumpcap's maximum, 262144.
    static func snapshotLength(_ argument: String) throws(CommandLineError) -> Int32 {
        let value = try natural(argument, name: "snapshot length")
        return value == 0 ? 262_144 : value
    }

    /// `-B`: a buffer size in MiB, 1…2147483647.
    static func bufferSize(_ argument: String) throws(CommandLineError) -> Int32 {
        try positive(argument, name: "buffer size")
    }

    /// Applies `-a duration:N|packets:N|filesize:N` to `settings`.
    /// - Throws: `Invalid or unknown -a flag "…"` for another name, no colon or no value; the
    ///   number's own message; swfollow's refusal of `files:` (ring buffers are not supported).
    static func applyAutostop(_ argument: String, to settings: inout LiveCaptureSettings) throws(CommandLineError) {
        guard let colon = argument.firstIndex(of: ":") else { throw invalidAutostop(argument) }
        let name = argument[..<colon]
        let value = String(argument[argument.index(after: colon)...].drop(while: \.isWhitespace))
        guard !value.isEmpty else { throw invalidAutostop(argument) }
        switch name {
        case "duration": settings.duration = try positiveDouble(value, name: "autostop duration")
        case "filesize": settings.fileSizeLimitKB = try nonzeroUInt32(value, name: "autostop filesize")
        case "packets":
            let packets = Int(try positive(value, name: "packet write count"))
            settings.packetLimit = min(settings.packetLimit ?? packets, packets)
        case "files": throw CommandLineError("-a files (a ring buffer of capture files) is not supported")
        default: throw invalidAutostop(argument)
        }
    }

    private static func invalidAutostop(_ argument: String) -> CommandLineError {
        CommandLineError("Invalid or unknown -a flag \"\(argument)\"")
    }

    /// `get_natural_int`: a whole decimal `strtol` read, 0…2147483647.
    private static func natural(_ argument: String, name: String) throws(CommandLineError) -> Int32 {
        var scanner = CFormatScanner(Array(argument.utf8))
        guard let number = scanner.scanDecimal(), scanner.isAtEnd else {
            throw CommandLineError("The specified \(name) \"\(argument)\" isn't a decimal number")
        }
        let value = number.signed64
        guard value >= 0 else { throw CommandLineError("The specified \(name) \"\(argument)\" is a negative number") }
        guard value <= Int64(Int32.max) else {
            throw CommandLineError("The specified \(name) \"\(argument)\" is too large (greater than \(Int32.max))")
        }
        return Int32(value)
    }

    /// `get_positive_int`: ``natural(_:name:)`` and not zero.
    private static func positive(_ argument: String, name: String) throws(CommandLineError) -> Int32 {
        let value = try natural(argument, name: name)
        guard value > 0 else { throw CommandLineError("The specified \(name) is zero") }
        return value
    }

    /// `get_nonzero_guint32`: unsigned decimal digits only, below 2³², not zero.
    private static func nonzeroUInt32(_ argument: String, name: String) throws(CommandLineError) -> UInt32 {
        guard !argument.isEmpty, argument.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw CommandLineError("The specified \(name) \"\(argument)\" isn't a decimal number")
        }
        guard let value = UInt32(argument) else {
            // tshark prints the saturated value with %d.
            throw CommandLineError("The specified \(name) \"\(argument)\" is too large (greater than -1)")
        }
        guard value > 0 else { throw CommandLineError("The specified \(name) is zero") }
        return value
    }

    /// `get_positive_double`: `strtod`'s reading of the text's start (0 when it has no number),
    /// refused only when negative.
    private static func positiveDouble(_ argument: String, name: String) throws(CommandLineError) -> Double {
        let value = strtod(argument, nil)
        guard value >= 0 else { throw CommandLineError("The specified \(name) \"\(argument)\" is a negative number") }
        return value
    }
}
