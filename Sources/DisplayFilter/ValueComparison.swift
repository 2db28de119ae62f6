/// Ordering and searching of values, as tshark 4.0's `cmp_order`, `cmp_contains` and
/// `cmp_matches` do them. The left value's type decides how the right one is read.
enum ValueComparison {
    /// -1, 0 or 1, or nil when the values cannot be compared (a negative number against an
    /// unsigned field, different kinds of values): then `==` is false and `!=` true.
    static func compare(_ left: Value, _ right: Value) -> Int? {
        switch left {
        case .unsigned(let a):
            return right.unsignedValue.map { order(UInt64(a), $0) }
        case .signed(let a):
            return right.signedValue.map { order(Int64(a), $0) }
        case .boolean(let a):
            return right.unsignedValue.map { order(a != 0 ? 1 : 0, $0 != 0 ? 1 : 0) }
        case .ipv4(let a, let prefix):
            guard case .ipv4(let b, let otherPrefix) = right else { return bytesOrder(left, right) }
            let bits = Swift.min(prefix, otherPrefix)
            let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - bits)
            return order(a & mask, b & mask)
        case .ipv6(let high, let low, let prefix):
            guard case .ipv6(let otherHigh, let otherLow, let otherPrefix) = right else {
                return bytesOrder(left, right)
            }
            let (maskHigh, maskLow) = ipv6Mask(Swift.min(prefix, otherPrefix))
            let first = order(high & maskHigh, otherHigh & maskHigh)
            return first != 0 ? first : order(low & maskLow, otherLow & maskLow)
        case .relativeTime(let seconds, let nanoseconds):
            guard case .relativeTime(let otherSeconds, let otherNanoseconds) = right else { return nil }
            return timeOrder((seconds, nanoseconds), (otherSeconds, otherNanoseconds))
        case .ether, .bytes, .ownedBytes, .protocolLayer:
            return bytesOrder(left, right)
        }
    }

    /// Whether `left`'s searchable bytes contain `right`'s bytes. An empty needle is found in
    /// byte strings but not in protocols (tshark searches those with `tvb_find…`, which fails).
    static func contains(_ left: Value, _ right: Value) -> Bool {
        left.withSearchableBytes { haystack in
            right.withBytes { needle in
                if case .protocolLayer = left, needle.isEmpty { return false }
                return search(haystack, for: needle)
            } ?? false
        } ?? false
    }

    // MARK: - Helpers

    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int {
        a == b ? 0 : (a < b ? -1 : 1)
    }

    /// Byte strings order by length first, then by content (tshark's `bytes_cmp_order`).
    private static func bytesOrder(_ left: Value, _ right: Value) -> Int? {
        left.withBytes { a in
            right.withBytes { b -> Int in
                guard a.count == b.count else { return a.count < b.count ? -1 : 1 }
                for index in 0..<a.count where a[index] != b[index] {
                    return a[index] < b[index] ? -1 : 1
                }
                return 0
            }
        } ?? nil
    }

    private static func ipv6Mask(_ prefix: Int) -> (UInt64, UInt64) {
        func mask(_ bits: Int) -> UInt64 { bits <= 0 ? 0 : (bits >= 64 ? ~0 : ~UInt64(0) << (64 - bits)) }
        return (mask(prefix), mask(prefix - 64))
    }

    /// Wireshark's `nstime_cmp`: when the seconds differ, the sign of their difference truncated
    /// to a C `int` (so times more than 2^31 s apart can compare the wrong way, as in tshark).
    private static func timeOrder(_ a: (Int64, Int32), _ b: (Int64, Int32)) -> Int {
        guard a.0 == b.0 else {
            let difference = Int32(truncatingIfNeeded: a.0 &- b.0)
            return difference == 0 ? 0 : (difference < 0 ? -1 : 1)
        }
        return order(a.1, b.1)
    }

    /// A naive substring search; needles in filters are short.
    private static func search(_ haystack: UnsafeRawBufferPointer, for needle: UnsafeRawBufferPointer) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first, (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) {
                return true
            }
            start += 1
        }
        return false
    }
}
