/// Small appenders for the formatters' output buffer: literal text and decimal numbers, without
/// building a `String` per value.
extension [UInt8] {
    /// Appends the UTF-8 bytes of a literal.
    mutating func append(text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends `value` in decimal, without leading zeros (`0` for zero).
    mutating func append(decimal value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var remaining = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = 0x30 + UInt8(remaining % 10)
                remaining /= 10
            } while remaining != 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
