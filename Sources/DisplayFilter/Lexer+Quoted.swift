/// Double-quoted strings and single-quoted character constants.
extension Lexer {
    /// A `"…"` or `r"…"` string. Ordinary strings decode C escapes (`\n`, `\x41`, `\101`,
    /// `\u00e9`, `\U0001F600`); raw strings keep every backslash except that `\"` does not end them.
    mutating func lexString() throws(FilterDiagnostic) -> Token {
        let source = bytes
        let start = offset
        let raw = source[start] != UInt8(ascii: "\"")
        var at = start + (raw ? 2 : 1)
        var value: [UInt8] = []
        while true {
            guard at < source.count else {
                throw FilterDiagnostic("The final quote was missing from a quoted string.", at: endRange)
            }
            let byte = source[at]
            if byte == UInt8(ascii: "\"") {
                return finishQuoted(.string(value), from: start, to: at + 1)
            }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                at += 1
                continue
            }
            guard at + 1 < source.count else {
                throw FilterDiagnostic("The final quote was missing from a quoted string.", at: endRange)
            }
            let escape = StringEscape.scan(source, at: at)
            value += raw ? Array(source[at..<(at + escape.length)]) : try escape.decoded(source, at: at)
            at += escape.length
        }
    }

    /// A `'…'` character constant, checked and valued as Wireshark 4.0's `parse_charconst`.
    mutating func lexCharConstant() throws(FilterDiagnostic) -> Token {
        let source = bytes
        let start = offset
        var at = start + 1
        while true {
            guard at < source.count else {
                throw FilterDiagnostic("The final quote was missing from a character constant.", at: endRange)
            }
            if source[at] == UInt8(ascii: "'") { break }
            at += source[at] == UInt8(ascii: "\\") ? 2 : 1
        }
        let text = Array(source[start...at])
        let range = SourceRange(start: start, length: text.count)
        let value = try CharConstant.value(of: text, at: range)
        return finishQuoted(.charConstant(value), from: start, to: at + 1)
    }
}

/// One backslash escape inside a double-quoted string.
struct StringEscape {
    /// What follows the backslash.
    enum Kind {
        case octal, hex, universal, single
    }

    let kind: Kind
    /// Bytes from the backslash to the end of the escape.
    let length: Int

    /// Measures the escape starting at the backslash at `at` (there is at least one byte after it).
    static func scan(_ source: [UInt8], at: Int) -> StringEscape {
        let next = source[at + 1]
        func run(_ from: Int, max: Int, _ predicate: (UInt8) -> Bool) -> Int {
            var count = 0
            while count < max, from + count < source.count, predicate(source[from + count]) {
                count += 1
            }
            return count
        }
        if next >= 0x30 && next <= 0x37 {
            return StringEscape(kind: .octal, length: 1 + run(at + 1, max: 3) { $0 >= 0x30 && $0 <= 0x37 })
        }
        if next == UInt8(ascii: "x") {
            let digits = run(at + 2, max: 2, ASCII.isHexDigit)
            return digits > 0 ? StringEscape(kind: .hex, length: 2 + digits) : StringEscape(kind: .single, length: 2)
        }
        if next == UInt8(ascii: "u") || next == UInt8(ascii: "U") {
            let digits = run(at + 2, max: next == UInt8(ascii: "u") ? 4 : 8, ASCII.isHexDigit)
            return StringEscape(kind: .universal, length: 2 + digits)
        }
        return StringEscape(kind: .single, length: 2)
    }

    /// The bytes an ordinary string gets for this escape.
    ///
    /// - Throws: tshark's message for an octal value over 255, an invalid universal character
    ///   name, or an unknown escape letter, pointing at the escape.
    func decoded(_ source: [UInt8], at: Int) throws(FilterDiagnostic) -> [UInt8] {
        let text = Array(source[at..<(at + length)])
        let here = SourceRange(start: at, length: length)
        switch kind {
        case .octal:
            let value = text.dropFirst().reduce(0) { $0 * 8 + Int($1 - 0x30) }
            guard value <= 0xFF else {
                throw FilterDiagnostic(bytes: text + Array(" is larger than 255.".utf8), at: here)
            }
            return [UInt8(value)]
        case .hex:
            return [text.dropFirst(2).reduce(0) { $0 << 4 | ASCII.hexValue($1) }]
        case .universal:
            guard let encoded = Self.universalCharacter(text) else {
                throw FilterDiagnostic(bytes: text + Array(" is not a valid universal character name".utf8), at: here)
            }
            return encoded
        case .single:
            guard let byte = Self.simpleEscapes[text[1]] else {
                let message = text + Array(" is not a valid character escape sequence".utf8)
                throw FilterDiagnostic(bytes: message, at: here)
            }
            return [byte]
        }
    }

    /// `\a \b \f \n \r \t \v \\ \' \"`.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
        UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
        UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "'"): 0x27, UInt8(ascii: "\""): 0x22,
    ]

    /// The UTF-8 of `\uXXXX` (exactly 4 digits) or `\UXXXXXXXX` (exactly 8), under C's rules:
    /// a Unicode scalar value, and below U+00A0 only `$`, `@` and `` ` ``.
    private static func universalCharacter(_ text: [UInt8]) -> [UInt8]? {
        let wanted = text[1] == UInt8(ascii: "u") ? 4 : 8
        guard text.count == 2 + wanted else { return nil }
        let value = text.dropFirst(2).reduce(UInt32(0)) { $0 << 4 | UInt32(ASCII.hexValue($1)) }
        guard value >= 0xA0 || value == 0x24 || value == 0x40 || value == 0x60 else { return nil }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return Array(String(Character(scalar)).utf8)
    }
}
