import PacketDecoding

/// Finds the `__REALTIME_TIMESTAMP=` field of a systemd journal export entry as tshark does:
/// a C `strstr` (so the search stops at the first NUL), then an unsigned decimal count of
/// microseconds (`ws_strtou64`: optional leading blanks and `+`, at least one digit, no
/// overflow, anything may follow).
enum JournalTimestamp {
    /// The field name, with its `=`.
    private static let key = Array("__REALTIME_TIMESTAMP=".utf8)

    /// The entry's timestamp, or `nil` when tshark would find none.
    static func find(in entry: UnsafeRawBufferPointer) -> Timestamp? {
        let text = entry.prefix { $0 != 0 }
        guard let start = firstIndex(of: key, in: text) else { return nil }
        let valueStart = start + key.count
        // tshark needs at least one byte after the key inside the entry.
        guard valueStart < entry.count, let microseconds = parseUnsigned(text[valueStart...]) else {
            return nil
        }
        return Timestamp(
            seconds: Int64(microseconds / 1_000_000), nanoseconds: UInt32(microseconds % 1_000_000) * 1000
        )
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: Slice<UnsafeRawBufferPointer>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        let base = haystack.startIndex
        for offset in 0...(haystack.count - needle.count) where haystack[base + offset] == needle[0] {
            if needle.indices.allSatisfy({ haystack[base + offset + $0] == needle[$0] }) {
                return base + offset
            }
        }
        return nil
    }

    /// C `strtoull` base 10 as `ws_strtou64` accepts it; `nil` when it would fail.
    private static func parseUnsigned(_ digits: Slice<UnsafeRawBufferPointer>) -> UInt64? {
        var index = digits.startIndex
        while index < digits.endIndex, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(digits[index]) {
            index += 1
        }
        if index < digits.endIndex, digits[index] == UInt8(ascii: "+") {
            index += 1
        }
        var value: UInt64 = 0
        var sawDigit = false
        while index < digits.endIndex, (0x30...0x39).contains(digits[index]) {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digits[index] - 0x30))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            sawDigit = true
            index += 1
        }
        return sawDigit ? value : nil
    }
}
