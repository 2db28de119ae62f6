/// An exact capture timestamp: whole seconds since the Unix epoch and nanoseconds within the second.
///
/// Kept as integers (never `Double`) so that nothing is lost between the capture file and the
/// output; the YAML formatter reproduces tshark's own double rounding in one named place.
package struct Timestamp: Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    package var seconds: Int64
    /// Nanoseconds within `seconds`: below 1,000,000,000 in any sound capture, but kept as read
    /// from a damaged one (a pcap record's microsecond field of a second or more), as tshark
    /// keeps it. Code that prints or subtracts times must not assume the bound.
    package var nanoseconds: UInt32

    /// The nanoseconds as tshark holds them, in a C `int`: a damaged pcap's value of 2³¹ or more
    /// reads as negative there, and tshark prints and subtracts it so.
    package var tsharkNanoseconds: Int32 { Int32(bitPattern: nanoseconds) }

    package init(seconds: Int64, nanoseconds: UInt32) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The zero time, which tshark shows for missing-data markers.
    package static let zero = Timestamp(seconds: 0, nanoseconds: 0)
}
