/// A display filter tshark would refuse, worded exactly as tshark 4.0 words it.
///
/// tshark prints `tshark: <message>` and, when the error has a place, the filter indented by
/// four spaces and a caret line under that place; it then exits with status 2. `render` gives
/// those lines without the program-name prefix, which the command adds.
package struct FilterDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message bytes (they may quote non-UTF-8 bytes of the filter, as tshark does).
    package var messageBytes: [UInt8]
    /// The part of the filter the message is about, or nil for messages tshark prints without
    /// a caret line ("Unexpected end of filter expression.", regex and macro errors).
    package var range: SourceRange?
    /// Whether this is swfollow's own refusal of a filter tshark accepts (a field swfollow does
    /// not compute), not one of tshark's messages.
    package var isSwfollowRefusal = false

    package init(_ message: String, at range: SourceRange? = nil) {
        self.messageBytes = Array(message.utf8)
        self.range = range
    }

    package init(bytes: [UInt8], at range: SourceRange?) {
        self.messageBytes = bytes
        self.range = range
    }

    /// swfollow's refusal of a protocol or field tshark knows but swfollow does not compute.
    package static func notComputed(_ field: TsharkField, at range: SourceRange?) -> Self {
        let what = field.isProtocol ? "protocol" : "field"
        var diagnostic = Self("\(field.name) is a tshark \(what) that swfollow does not compute.", at: range)
        diagnostic.isSwfollowRefusal = true
        return diagnostic
    }

    /// The exit status tshark uses for a filter it cannot compile.
    package static let exitStatus: Int32 = 2

    /// The lines tshark adds after a diagnostic when the rejected text compiles as a capture
    /// (BPF) filter, which it tests with libpcap (`pcap_compile` on a dead `DLT_EN10MB` handle):
    /// `host 10.0.0.1`, `tcp port 80`. The command, which can reach libpcap, appends them.
    package static let captureFilterNote =
        "  Note: That read filter code looks like a valid capture filter;\n        maybe you mixed them up?\n"

    /// The message as text (invalid UTF-8 replaced).
    package var message: String { String(decoding: messageBytes, as: UTF8.self) }

    package var description: String { message }

    /// tshark's stderr lines for this error, each ending in a newline, without "tshark: ".
    ///
    /// - Parameter filter: the filter exactly as the user gave it (carets count its bytes).
    /// - Returns: the message line, then (when the error has a place) `    FILTER` and a caret line.
    package func render(filter: [UInt8]) -> [UInt8] {
        var out = messageBytes + [0x0A]
        guard let range else { return out }
        let spaces = [UInt8](repeating: 0x20, count: 4)
        out += spaces + filter + [0x0A]
        out += spaces + [UInt8](repeating: 0x20, count: range.start) + [UInt8(ascii: "^")]
        out += [UInt8](repeating: UInt8(ascii: "~"), count: Swift.max(range.length - 1, 0)) + [0x0A]
        return out
    }

    /// `render(filter:)` for a filter held as a `String`.
    package func render(filter: String) -> String {
        String(decoding: render(filter: Array(filter.utf8)), as: UTF8.self)
    }
}
