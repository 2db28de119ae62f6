/// A 32-bit TCP sequence number with serial-number arithmetic (RFC 1982, RFC 793 §3.3).
///
/// Two numbers compare by the sign of their 32-bit two's-complement difference, so `a < b` means
/// `Int32(bitPattern: a &- b) < 0`. This is how tshark's follow engine orders everything, and it
/// makes wrap-around at 2³² invisible (FOLLOW-RULES R4.15). Never compare raw `UInt32` values.
package struct SequenceNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The raw 32-bit value.
    package var rawValue: UInt32

    package init(_ rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Serial "less than": true when `rhs` is ahead of `lhs` by less than 2³¹.
    @inlinable
    package static func < (lhs: SequenceNumber, rhs: SequenceNumber) -> Bool {
        Int32(bitPattern: lhs.rawValue &- rhs.rawValue) < 0
    }

    /// The number `count` bytes further on, wrapping at 2³².
    @inlinable
    package func advanced(by count: Int) -> SequenceNumber {
        SequenceNumber(rawValue &+ UInt32(truncatingIfNeeded: count))
    }

    /// The signed serial distance from `self` to `other` (positive when `other` is ahead).
    @inlinable
    package func distance(to other: SequenceNumber) -> Int {
        Int(Int32(bitPattern: other.rawValue &- rawValue))
    }

    /// The unsigned 32-bit distance from `self` forward to `other`, as tshark's marker text counts it.
    @inlinable
    package func forwardDistance(to other: SequenceNumber) -> UInt32 {
        other.rawValue &- rawValue
    }

    package var description: String { String(rawValue) }
}
