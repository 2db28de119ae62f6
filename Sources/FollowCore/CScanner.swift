/// Reads numbers the way C's `sscanf` conversions do, because tshark parses `-z follow` with them.
///
/// `%d` and `%u` skip leading white space, take an optional sign and decimal digits, saturate at
/// the 64-bit limits (as glibc's strtoll/strtoull do) and then truncate to 32 bits.
struct CScanner {
    private let bytes: [UInt8]
    /// Index of the next unread byte.
    private(set) var position: Int

    init(_ text: Substring) {
        bytes = Array(text.utf8)
        position = 0
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// What is left, as text.
    var rest: Substring { Substring(decoding: bytes[position...], as: UTF8.self) }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Consumes `literal` if the text continues with it.
    mutating func take(prefix literal: String) -> Bool {
        let literalBytes = Array(literal.utf8)
        guard bytes[position...].starts(with: literalBytes) else { return false }
        position += literalBytes.count
        return true
    }

    /// `%d`: a signed decimal truncated to 32 bits, or nil (nothing consumed) when there are no digits.
    mutating func scanInt32() -> Int32? {
        scanInteger(unsigned: false).map { Int32(truncatingIfNeeded: $0) }
    }

    /// A signed decimal saturated to 64 bits (strtoll), or nil.
    mutating func scanInt64() -> Int64? {
        scanInteger(unsigned: false).map { Int64(bitPattern: $0) }
    }

    /// `%u`: a decimal (a minus sign negates it modulo 2⁶⁴) truncated to 32 bits, or nil.
    mutating func scanUInt32() -> UInt32? {
        scanInteger(unsigned: true).map { UInt32(truncatingIfNeeded: $0) }
    }

    /// Up to `limit` bytes that are not `terminator` (`%80[^:]`); nil when there is not at least one.
    mutating func scanText(upTo terminator: UInt8, limit: Int) -> String? {
        let start = position
        while position < bytes.count, position - start < limit, bytes[position] != terminator {
            position += 1
        }
        guard position > start else { return nil }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// strtoll/strtoull with saturation; the result's bit pattern is what the C call returns.
    private mutating func scanInteger(unsigned: Bool) -> UInt64? {
        var index = position
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(bytes[index]) {
            index += 1
        }
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let digitsStart = index
        var magnitude: UInt64 = 0
        var overflow = false
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            magnitude = sum
            index += 1
        }
        guard index > digitsStart else { return nil }
        position = index
        if unsigned {
            let value = overflow ? UInt64.max : magnitude
            return negative ? 0 &- value : value
        }
        let limit: UInt64 = negative ? 1 << 63 : UInt64(Int64.max)
        let value = overflow || magnitude > limit ? limit : magnitude
        return negative ? 0 &- value : value
    }
}
