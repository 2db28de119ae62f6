/// The C library number readers Wireshark 4.0 uses on literals, reproduced byte for byte
/// (`strtoul` with its quirks, `hex_str_to_bytes`).
enum CLiteralParsing {
    /// What `strtoul` reports: the value (saturated on overflow), where it stopped, and whether
    /// it overflowed (`ERANGE`).
    struct Unsigned {
        var value: UInt64
        var end: Int
        var overflow: Bool
    }

    /// `strtoul(text + from, &end, base)`; base 0 picks 16 for `0x`, 8 for a leading `0`.
    /// With no digits, `end` is `from` and the value 0, as in C.
    static func strtoul(_ text: [UInt8], from start: Int, base requested: Int) -> Unsigned {
        var at = CInteger.skipSpaces(text, from: start)
        var negative = false
        if at < text.count, text[at] == UInt8(ascii: "+") || text[at] == UInt8(ascii: "-") {
            negative = text[at] == UInt8(ascii: "-")
            at += 1
        }
        var base = UInt64(requested)
        let hexPrefix =
            at + 2 < text.count && text[at] == UInt8(ascii: "0") && text[at + 1] | 0x20 == UInt8(ascii: "x")
            && ASCII.isHexDigit(text[at + 2])
        if (base == 0 || base == 16), hexPrefix {
            base = 16
            at += 2
        } else if base == 0 {
            base = at < text.count && text[at] == UInt8(ascii: "0") ? 8 : 10
        }
        let digitsStart = at
        var value: UInt64 = 0
        var overflow = false
        while at < text.count, ASCII.isHexDigit(text[at]), UInt64(ASCII.hexValue(text[at])) < base {
            let (scaled, o1) = value.multipliedReportingOverflow(by: base)
            let (sum, o2) = scaled.addingReportingOverflow(UInt64(ASCII.hexValue(text[at])))
            overflow = overflow || o1 || o2
            value = sum
            at += 1
        }
        guard at > digitsStart else { return Unsigned(value: 0, end: start, overflow: false) }
        if overflow { return Unsigned(value: UInt64.max, end: at, overflow: true) }
        return Unsigned(value: negative ? 0 &- value : value, end: at, overflow: false)
    }

    /// The bytes of a hex string as Wireshark 4.0 reads byte-string literals: pairs (or single
    /// digits before a separator or the end), optionally separated by `:`, `.` or `-`.
    static func hexBytes(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let digits = Array(text)
        var bytes: [UInt8] = []
        var at = 0
        while at < digits.count {
            guard ASCII.isHexDigit(digits[at]) else { return nil }
            if at + 1 < digits.count, ASCII.isHexDigit(digits[at + 1]) {
                bytes.append(ASCII.hexValue(digits[at]) << 4 | ASCII.hexValue(digits[at + 1]))
                at += 2
            } else {
                bytes.append(ASCII.hexValue(digits[at]))
                at += 1
            }
            if at < digits.count, [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(digits[at]) {
                at += 1
                guard at < digits.count else { return nil }
            }
        }
        return bytes.isEmpty ? nil : bytes
    }
}
