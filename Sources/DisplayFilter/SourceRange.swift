/// A span of the filter text, in UTF-8 bytes from its start.
///
/// tshark underlines errors by byte column (`^` then `~` for each further byte), so byte
/// offsets, not characters, are what the caret line needs.
package struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the first byte.
    package var start: Int
    /// Number of bytes (at least 1 when rendered).
    package var length: Int

    package init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }

    /// The offset just past the last byte.
    package var end: Int { start + length }

    /// The smallest range covering both `self` and `other`.
    package func joined(with other: SourceRange) -> SourceRange {
        let lower = Swift.min(start, other.start)
        let upper = Swift.max(end, other.end)
        return SourceRange(start: lower, length: upper - lower)
    }

    package var description: String { "\(start)+\(length)" }
}
