/// A cursor over the bytes of an argument that reads them the way glibc's `sscanf` and `strtol`
/// do, because that is how tshark reads `-z follow,…` and `-c` (FOLLOW-RULES R1.3–R1.5).
///
/// Only the conversions tshark uses are modelled: literal bytes, `%d`, `%u` and `%N[^x]`. Every
/// read either succeeds and advances the cursor or fails and leaves it where it was.
struct CFormatScanner {
    /// A decimal number as `strtol`/`strtoul` see it before they apply their result type.
    struct Decimal {
        /// Whether a `-` sign was read.
        var isNegative: Bool
        /// The digits' value, saturated at `UInt64.max`.
        var magnitude: UInt64
        /// Whether the digits did not fit in 64 bits.
        var overflowed: Bool

        /// `strtol`'s result on LP64 (saturating at `Int64.min`/`Int64.max`).
        var signed64: Int64 {
            if isNegative {
                return overflowed || magnitude > UInt64(Int64.max) + 1
                    ? .min : Int64(truncatingIfNeeded: 0 &- magnitude)
            }
            return overflowed || magnitude > UInt64(Int64.max) ? .max : Int64(magnitude)
        }

        /// `strtoul`'s result on LP64: saturates at `UInt64.max`, and a `-` sign negates modulo 2⁶⁴.
        var unsigned64: UInt64 {
            if overflowed { return .max }
            return isNegative ? 0 &- magnitude : magnitude
        }
    }

    /// The bytes being read.
    let bytes: [UInt8]
    /// The next byte to read.
    private(set) var position: Int

    init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// The byte at the cursor, or nil at the end.
    var current: UInt8? { isAtEnd ? nil : bytes[position] }

    /// Reads `literal` if the bytes at the cursor are exactly it (a literal in a `scanf` format).
    mutating func scanLiteral(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard bytes.count - position >= expected.count,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    /// `%d`: the number is read by `strtol` into a `long`, then stored in an `int` (truncated).
    mutating func scanInt32() -> Int32? {
        scanDecimal().map { Int32(truncatingIfNeeded: $0.signed64) }
    }

    /// `%u`: the number is read by `strtoul` into an `unsigned long`, then stored in an
    /// `unsigned int` (truncated), so `-1` gives 4294967295.
    mutating func scanUInt32() -> UInt32? {
        scanDecimal().map { UInt32(truncatingIfNeeded: $0.unsigned64) }
    }

    /// The number conversions' common part: leading C white space, an optional sign, then at least
    /// one decimal digit; all digits are read.
    mutating func scanDecimal() -> Decimal? {
        var index = position
        while index < bytes.count, Self.isCSpace(bytes[index]) { index += 1 }
        var isNegative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            isNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let digitsStart = index
        var magnitude: UInt64 = 0
        var overflowed = false
        while index < bytes.count, let digit = Self.decimalDigit(bytes[index]) {
            let (product, multiplyOverflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, addOverflow) = product.addingReportingOverflow(digit)
            overflowed = overflowed || multiplyOverflow || addOverflow
            magnitude = overflowed ? .max : sum
            index += 1
        }
        guard index > digitsStart else { return nil }
        position = index
        return Decimal(isNegative: isNegative, magnitude: magnitude, overflowed: overflowed)
    }

    /// `%<maxWidth>[^<stop>]`: one to `maxWidth` bytes, none of them `stop`.
    mutating func scanBytes(upTo stop: UInt8, maxWidth: Int) -> ArraySlice<UInt8>? {
        var end = position
        while end < bytes.count, end - position < maxWidth, bytes[end] != stop { end += 1 }
        guard end > position else { return nil }
        defer { position = end }
        return bytes[position..<end]
    }

    /// C `isspace` in the C locale: space, `\t`, `\n`, `\v`, `\f`, `\r`.
    static func isCSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    private static func decimalDigit(_ byte: UInt8) -> UInt64? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? UInt64(byte - UInt8(ascii: "0")) : nil
    }
}
