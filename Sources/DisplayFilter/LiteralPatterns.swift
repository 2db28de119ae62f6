/// The lengths of the scanner's token shapes starting at one position of the filter.
///
/// Each function returns the length of the longest match of one `scanner.l` pattern, or 0:
/// plain words (`tcp.port`, `80`, `0x1G`), `.`-prefixed field identifiers, and the literal
/// shapes (MAC addresses, IPv4/IPv6 addresses with an optional prefix, byte strings, `:`-prefixed
/// values). The lexer compares these lengths as flex would.
struct LiteralPatterns {
    let source: [UInt8]
    let start: Int

    /// `[[:alnum:]_][[:alnum:]_-]*(\.[[:alnum:]_][[:alnum:]_-]*)*`: field names and numbers.
    func wordLength() -> Int {
        wordLength(from: start)
    }

    /// `\.` followed by a word.
    func identifierLength() -> Int {
        guard byte(start) == UInt8(ascii: ".") else { return 0 }
        let word = wordLength(from: start + 1)
        return word > 0 ? word + 1 : 0
    }

    /// The longest of the literal shapes, or 0.
    func literalLength() -> Int {
        [macLength(), ipv4Length(), ipv6Length(), colonPrefixedLength(), bytesLength(from: start, separator: ":")]
            .max() ?? 0
    }

    // MARK: - Words

    private func wordLength(from offset: Int) -> Int {
        var end = offset
        while true {
            guard let first = byte(end), isWordStart(first) else { break }
            end += 1
            while let next = byte(end), isWordStart(next) || next == UInt8(ascii: "-") {
                end += 1
            }
            guard byte(end) == UInt8(ascii: "."), let after = byte(end + 1), isWordStart(after) else { break }
            end += 1
        }
        return end - offset
    }

    private func isWordStart(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }

    // MARK: - MAC addresses and byte strings

    /// `hh:hh:hh:hh:hh:hh`, `hh-hh-…` (6 pairs) or `hhhh.hhhh.hhhh`.
    private func macLength() -> Int {
        if groups(from: start, digits: 2, separator: ":", count: 6)
            || groups(from: start, digits: 2, separator: "-", count: 6)
        {
            return 17
        }
        return groups(from: start, digits: 4, separator: ".", count: 3) ? 14 : 0
    }

    /// Whether `count` groups of exactly `digits` hex digits joined by `separator` start at `offset`.
    private func groups(from offset: Int, digits: Int, separator: String, count: Int) -> Bool {
        let separatorByte = separator.utf8.first ?? 0
        var at = offset
        for index in 0..<count {
            if index > 0 {
                guard byte(at) == separatorByte else { return false }
                at += 1
            }
            for _ in 0..<digits {
                guard let next = byte(at), ASCII.isHexDigit(next) else { return false }
                at += 1
            }
        }
        return true
    }

    /// `hh(Shh)+` with separator S: at least two pairs.
    private func bytesLength(from offset: Int, separator: String) -> Int {
        guard hexPair(at: offset) else { return 0 }
        let separatorByte = separator.utf8.first ?? 0
        var end = offset + 2
        while byte(end) == separatorByte, hexPair(at: end + 1) {
            end += 3
        }
        return end > offset + 2 ? end - offset : 0
    }

    private func hexPair(at offset: Int) -> Bool {
        guard let first = byte(offset), let second = byte(offset + 1) else { return false }
        return ASCII.isHexDigit(first) && ASCII.isHexDigit(second)
    }

    /// `:[[:xdigit:]]+`, `:` + colon, hyphen or dot byte strings.
    private func colonPrefixedLength() -> Int {
        guard byte(start) == UInt8(ascii: ":") else { return 0 }
        var digits = start + 1
        while let next = byte(digits), ASCII.isHexDigit(next) {
            digits += 1
        }
        let plain = digits > start + 1 ? digits - start : 0
        let separated = [":", "-", "."].map { bytesLength(from: start + 1, separator: $0) }.max() ?? 0
        return Swift.max(plain, separated > 0 ? separated + 1 : 0)
    }

    // MARK: - IP addresses

    /// A dotted quad of `DecOctet`s (no leading zeros, at most 255) and an optional `/` with one
    /// or two digits.
    private func ipv4Length() -> Int {
        guard let address = ipv4AddressLength(from: start) else { return 0 }
        return address + prefixLength(after: start + address, maxDigits: 2)
    }

    /// The length of a dotted quad at `offset`, taking the longest valid last octet.
    private func ipv4AddressLength(from offset: Int) -> Int? {
        var at = offset
        for index in 0..<4 {
            if index > 0 {
                guard byte(at) == UInt8(ascii: ".") else { return nil }
                at += 1
            }
            guard let octet = decOctetLength(at: at, exact: index < 3) else { return nil }
            at += octet
        }
        return at - offset
    }

    /// The longest `DecOctet` at `offset`; with `exact`, the digit run must be one whole octet.
    private func decOctetLength(at offset: Int, exact: Bool) -> Int? {
        var digits = 0
        while digits < 4, let next = byte(offset + digits), ASCII.isDigit(next) {
            digits += 1
        }
        var best: Int?
        for length in stride(from: Swift.min(digits, 3), through: 1, by: -1) where isDecOctet(offset, length) {
            best = length
            break
        }
        guard let best else { return nil }
        return exact && best != digits ? nil : best
    }

    private func isDecOctet(_ offset: Int, _ length: Int) -> Bool {
        guard length == 1 || byte(offset) != UInt8(ascii: "0") else { return false }
        var value = 0
        for index in 0..<length {
            value = value * 10 + Int((byte(offset + index) ?? 0x30) - 0x30)
        }
        return value <= 255
    }

    /// `/` followed by 1…`maxDigits` digits (greedy), or 0.
    private func prefixLength(after offset: Int, maxDigits: Int) -> Int {
        guard byte(offset) == UInt8(ascii: "/") else { return 0 }
        var digits = 0
        while digits < maxDigits, let next = byte(offset + 1 + digits), ASCII.isDigit(next) {
            digits += 1
        }
        return digits > 0 ? digits + 1 : 0
    }

    /// The longest RFC 3986 `IPv6address` at the start, with an optional `/` and 1–3 digits.
    private func ipv6Length() -> Int {
        var run = 0
        while let next = byte(start + run),
            ASCII.isHexDigit(next) || next == UInt8(ascii: ":") || next == UInt8(ascii: ".")
        {
            run += 1
        }
        for length in stride(from: run, through: 2, by: -1) where IPv6Text.isValid(source[start..<(start + length)]) {
            return length + prefixLength(after: start + length, maxDigits: 3)
        }
        return 0
    }

    private func byte(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < source.count ? source[offset] : nil
    }
}
