/// Small appenders for the formatters' output buffer: text, decimal and hex numbers, without
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

/// The size of the stack buffer in which formatters assemble output before copying it into the
/// destination array in one block (small enough to stay on the stack).
let stagingCapacity = 1024

extension UnsafeMutablePointer<UInt8> {
    /// Stores `value` as 8 upper-case hex digits (`%08X`) and returns the position after them.
    func storeOffset(_ value: UInt32, digits: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        for index in 0..<8 {
            self[index] = digits[Int((value >> UInt32(28 - 4 * index)) & 0xF)]
        }
        return self + 8
    }
}
