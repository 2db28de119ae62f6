import PacketDecoding

/// When a frame was captured, exactly as the file records it: seconds since the Unix epoch and
/// nanoseconds within the second. Integers, so nothing is rounded.
public struct CaptureTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    /// Nanoseconds within the second: below 1,000,000,000 in a sound capture, kept as read from
    /// a damaged one.
    public var nanoseconds: UInt32

    /// A time from its two parts.
    public init(seconds: Int64, nanoseconds: UInt32) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    init(_ timestamp: Timestamp) {
        seconds = timestamp.seconds
        nanoseconds = timestamp.nanoseconds
    }

    /// Orders by seconds, then nanoseconds.
    public static func < (left: Self, right: Self) -> Bool {
        (left.seconds, left.nanoseconds) < (right.seconds, right.nanoseconds)
    }

    /// `SECONDS.NANOSECONDS`, nine digits after the point.
    public var description: String {
        let fraction = String(nanoseconds)
        return "\(seconds).\(String(repeating: "0", count: max(0, 9 - fraction.count)))\(fraction)"
    }
}
