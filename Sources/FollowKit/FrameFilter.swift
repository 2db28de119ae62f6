import DisplayFilter

/// A compiled Wireshark display filter (`tcp.port == 80 && frame.len > 100`), tested against
/// frames read by a ``FrameReader``.
///
/// The language is Wireshark 4.0's: fields, protocols, comparisons, `contains`, `matches`
/// (PCRE2), slices, arithmetic, set membership, `any`/`all` and macros, over the fields swfollow
/// computes (frame, Ethernet, VLAN, IPv4, IPv6, TCP, UDP). A field Wireshark knows but swfollow
/// does not compute is refused at compile time, never silently false.
public struct FrameFilter {
    let filter: DisplayFilter
    /// The filter's text.
    public let text: String

    /// Compiles `text`.
    /// - Throws: ``FilterError`` worded as tshark words it.
    public init(_ text: String) throws(FilterError) {
        do {
            filter = try DisplayFilter(compiling: text)
        } catch {
            throw FilterError(error)
        }
        self.text = text
    }

    /// Whether `frame` passes the filter.
    public func matches(_ frame: Frame) -> Bool {
        filter.matches(frame.view)
    }
}

/// Why a display filter was refused: tshark's message, and where in the filter it points.
public struct FilterError: Error, Hashable, Sendable, CustomStringConvertible {
    let diagnostic: FilterDiagnostic

    init(_ diagnostic: FilterDiagnostic) {
        self.diagnostic = diagnostic
    }

    /// The message, as tshark prints it after `tshark: ` (without the caret lines).
    public var description: String { String(decoding: diagnostic.messageBytes, as: UTF8.self) }

    /// The offsets in the filter's UTF-8 text the message is about, when it names a place.
    public var location: Range<Int>? {
        diagnostic.range.map { $0.start..<$0.end }
    }
}
