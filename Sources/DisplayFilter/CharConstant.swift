/// Wireshark 4.0's reading of `'…'` character constants (`parse_charconst`), messages included.
enum CharConstant {
    /// The value of the constant `text` (quotes included).
    ///
    /// - Throws: "Empty character constant.", "… isn't a valid character constant.", "… is too
    ///   large …", "… is too long …" or "Non-printable value …", at `range`.
    static func value(of text: [UInt8], at range: SourceRange) throws(FilterDiagnostic) -> UInt64 {
        func fail(_ suffix: String) -> FilterDiagnostic {
            FilterDiagnostic(bytes: text + Array(suffix.utf8), at: range)
        }
        var at = 1
        guard text[at] != UInt8(ascii: "'") else { throw FilterDiagnostic("Empty character constant.", at: range) }
        let value: UInt64
        if text[at] == UInt8(ascii: "\\") {
            at += 1
            (value, at) = try escaped(text, at: at, fail: fail)
        } else {
            // A plain char is read as C `char`: bytes above 0x7F are negative, hence sign-extended.
            let byte = text[at]
            value = byte < 0x80 ? UInt64(byte) : UInt64(bitPattern: Int64(Int8(bitPattern: byte)))
            guard ASCII.isPrintable(byte) else {
                let hex = String(value, radix: 16)
                let message = "Non-printable value '0x\(hex.count < 2 ? "0" + hex : hex)' in character constant."
                throw FilterDiagnostic(message, at: range)
            }
        }
        at += 1
        guard at == text.count - 1 else { throw fail(" is too long to be a valid character constant.") }
        return value
    }

    /// The value of the escape whose letter is at `at`, and the index of its last byte.
    private static func escaped(
        _ text: [UInt8],
        at start: Int,
        fail: (String) -> FilterDiagnostic
    ) throws(FilterDiagnostic) -> (UInt64, Int) {
        let invalid = " isn't a valid character constant."
        let letter = text[start]
        // tshark 4.0 mis-measures '\n' (it reports it as too long); every other C escape works.
        if letter == UInt8(ascii: "n") { throw fail(" is too long to be a valid character constant.") }
        if let simple = simpleEscapes[letter] { return (simple, start) }
        if letter == UInt8(ascii: "x") {
            var at = start + 1
            guard ASCII.isHexDigit(text[at]) else { throw fail(invalid) }
            var value = UInt64(ASCII.hexValue(text[at]))
            if text[at + 1] != UInt8(ascii: "'") {
                at += 1
                guard ASCII.isHexDigit(text[at]) else { throw fail(invalid) }
                value = value << 4 | UInt64(ASCII.hexValue(text[at]))
            }
            return (value, at)
        }
        var at = start
        var value: UInt64 = 0
        for digit in 0..<3 {
            if digit > 0 {
                guard text[at + 1] != UInt8(ascii: "'") else { break }
                at += 1
            }
            guard text[at] >= 0x30 && text[at] <= 0x37 else { throw fail(invalid) }
            value = value << 3 | UInt64(text[at] - 0x30)
        }
        guard value <= 0xFF else { throw fail(" is too large to be a valid character constant.") }
        return (value, at)
    }

    /// The escapes with a fixed value (`\n` excepted, see above).
    private static let simpleEscapes: [UInt8: UInt64] = [
        UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D,
        UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "'"): 0x27,
        UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "\""): 0x22,
    ]
}
