/// An exact capture timestamp: whole seconds since the Unix epoch and nanoseconds within the second.
///
/// Kept as integers (never `Double`) so that nothing is lost between the capture file and the
/// output; the YAML formatter reproduces tshark's own double rounding in one named place.
package struct Timestamp: Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    package var seconds: Int64
    /// Nanoseconds within `seconds`, `0..<1_000_000_000`.
    package var nanoseconds: UInt32

    package init(seconds: Int64, nanoseconds: UInt32) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The zero time, which tshark shows for missing-data markers.
    package static let zero = Timestamp(seconds: 0, nanoseconds: 0)
}
