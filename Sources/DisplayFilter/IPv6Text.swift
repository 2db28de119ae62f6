/// Parsing of IPv6 addresses in text form (RFC 4291 §2.2, the RFC 3986 `IPv6address` rule).
package enum IPv6Text {
    /// Whether `text` is exactly one IPv6 address.
    static func isValid(_ text: ArraySlice<UInt8>) -> Bool {
        parse(text) != nil
    }

    /// The 16 bytes of the address written in `text`, or nil.
    ///
    /// Groups are 1–4 hex digits; one `::` stands for one or more zero groups; the last 32 bits
    /// may be a dotted quad without leading zeros.
    package static func parse(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let bytes = Array(text)
        var compression: Int?
        if let split = firstDoubleColon(bytes) {
            compression = split
            guard firstDoubleColon(Array(bytes[(split + 2)...])) == nil else { return nil }
        }
        let head = compression.map { Array(bytes[..<$0]) } ?? bytes
        let tail = compression.map { Array(bytes[($0 + 2)...]) } ?? []
        guard let headWords = words(head, allowIPv4Tail: compression == nil),
            let tailWords = words(tail, allowIPv4Tail: true)
        else { return nil }
        let total = headWords.count + tailWords.count
        if compression == nil {
            guard total == 8 else { return nil }
        } else {
            guard total <= 7 else { return nil }
        }
        let zeros = [UInt16](repeating: 0, count: 8 - total)
        let all = headWords + zeros + tailWords
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    private static func firstDoubleColon(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for index in 0..<(bytes.count - 1) where bytes[index] == 0x3A && bytes[index + 1] == 0x3A {
            return index
        }
        return nil
    }

    /// The 16-bit words of a colon-separated list of groups (empty text: no words).
    private static func words(_ bytes: [UInt8], allowIPv4Tail: Bool) -> [UInt16]? {
        guard !bytes.isEmpty else { return [] }
        let groups = bytes.split(separator: 0x3A, omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (index, group) in groups.enumerated() {
            if index == groups.count - 1, allowIPv4Tail, group.contains(UInt8(ascii: ".")) {
                guard let quad = IPv4Text.parse(group) else { return nil }
                result += [UInt16(quad >> 16), UInt16(quad & 0xFFFF)]
                continue
            }
            guard (1...4).contains(group.count), group.allSatisfy(ASCII.isHexDigit) else { return nil }
            result.append(group.reduce(0) { $0 << 4 | UInt16(ASCII.hexValue($1)) })
        }
        return result
    }
}

/// Parsing of dotted-quad IPv4 addresses as `inet_pton` accepts them.
package enum IPv4Text {
    /// The address in `text` (four decimal octets, no leading zeros), or nil.
    package static func parse(_ text: ArraySlice<UInt8>) -> UInt32? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(ASCII.isDigit) else { return nil }
            guard part.count == 1 || part.first != UInt8(ascii: "0") else { return nil }
            let octet = part.reduce(0) { $0 * 10 + UInt32($1 - 0x30) }
            guard octet <= 255 else { return nil }
            value = value << 8 | octet
        }
        return value
    }
}
