/// tshark 4.0's reading of relative-time literals (`frame.time_epoch > 1700000000.5`).
///
/// Seconds are C `strtoul` digits ending at the end or at `.`; the fraction is read by `strtoul`
/// too and scaled to nanoseconds, where more than nine digits are accepted only if the extra
/// ones are zeros, and anything after the fraction's digits is ignored (`1.7e9` is 1.7 s).
enum TimeLiteral {
    static func parse(_ text: [UInt8]) -> (seconds: Int64, nanoseconds: Int32)? {
        var at = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative { at = 1 }
        var seconds: UInt64 = 0
        if at < text.count, text[at] != UInt8(ascii: ".") {
            let parsed = CLiteralParsing.strtoul(text, from: at, base: 10)
            guard parsed.end > at, parsed.end == text.count || text[parsed.end] == UInt8(ascii: ".") else { return nil }
            seconds = parsed.value
            at = parsed.end
        }
        var nanoseconds: UInt64 = 0
        if at < text.count {
            at += 1
            let parsed = CLiteralParsing.strtoul(text, from: at, base: 10)
            var digits = parsed.end - at
            nanoseconds = parsed.value
            while digits < 9 {
                nanoseconds = nanoseconds &* 10
                digits += 1
            }
            while digits > 9 {
                guard nanoseconds % 10 == 0 else { return nil }
                nanoseconds /= 10
                digits -= 1
            }
        }
        let secs = Int64(bitPattern: seconds)
        let nsecs = Int32(truncatingIfNeeded: nanoseconds)
        return negative ? (0 &- secs, 0 &- nsecs) : (secs, nsecs)
    }
}
