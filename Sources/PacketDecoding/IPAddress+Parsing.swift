/// Address text as tshark 4.0 accepts it in `-z follow,tcp,…,ADDR:PORT,ADDR:PORT` (FOLLOW-RULES R1.4).
///
/// tshark hands the text to the C library's `inet_pton`, so these initialisers are exactly as strict
/// as glibc's: no host names, no zone (`%eth0`), no surrounding whitespace, no shortened IPv4
/// forms. The rules were checked against tshark 4.0.17 and against glibc `inet_pton` itself.
extension IPAddress {
    /// Parses a strict dotted quad: four decimal octets 0–255 separated by `.`, where an octet has
    /// no leading zero unless it is exactly `0` (`010.0.0.1`, `10.1` and `1.2.3.4.` are rejected).
    package init?(ipv4Text text: some StringProtocol) {
        guard let value = Self.dottedQuadValue(Array(text.utf8)[...]) else { return nil }
        self = .v4(value)
    }

    /// Parses RFC 4291 text as glibc `inet_pton(AF_INET6, …)` does:
    /// * eight groups of 1–4 hex digits (either case) separated by `:`;
    /// * one `::` may stand for **one or more** zero groups (`1:2:3:4:5:6::7:8` is rejected);
    /// * the last 32 bits may be written as a strict dotted quad (`::ffff:1.2.3.4`);
    /// * no other character is allowed (no `[]`, zone, or whitespace).
    package init?(ipv6Text text: some StringProtocol) {
        guard let groups = Self.ipv6Groups(Array(text.utf8)[...]) else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, group) in groups.enumerated() {
            if index < 4 {
                high = high << 16 | UInt64(group)
            } else {
                low = low << 16 | UInt64(group)
            }
        }
        self = .v6(high: high, low: low)
    }

    /// The 32-bit value of a strict dotted quad, or nil.
    private static func dottedQuadValue(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        let octets = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard let octetValue = decimalOctet(octet) else { return nil }
            value = value << 8 | octetValue
        }
        return value
    }

    /// One octet: 1–3 decimal digits, value ≤ 255, no leading zero unless the octet is `0`.
    private static func decimalOctet(_ digits: ArraySlice<UInt8>) -> UInt32? {
        guard (1...3).contains(digits.count), digits.allSatisfy(isDecimalDigit) else { return nil }
        if digits.count > 1, digits.first == UInt8(ascii: "0") { return nil }
        let value = digits.reduce(UInt32(0)) { $0 * 10 + UInt32($1 - UInt8(ascii: "0")) }
        return value <= 255 ? value : nil
    }

    /// The eight 16-bit groups of an IPv6 text, or nil when glibc would reject it.
    private static func ipv6Groups(_ bytes: ArraySlice<UInt8>) -> [UInt16]? {
        let colon = UInt8(ascii: ":")
        guard let gap = firstDoubleColon(bytes) else {
            guard let groups = ipv6Part(bytes, isLast: true), groups.count == 8 else { return nil }
            return groups
        }
        let tail = bytes[(gap + 2)...]
        // A second `::`, or a third colon right after the first two, is never valid.
        guard tail.first != colon, firstDoubleColon(tail) == nil,
            let head = ipv6Part(bytes[..<gap], isLast: false),
            let rest = ipv6Part(tail, isLast: true),
            head.count + rest.count <= 7
        else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - rest.count) + rest
    }

    /// The groups of one side of `::` (or of a whole address without `::`). An empty part has no
    /// group; otherwise every `:`-separated field must be a hex group, and in the last part the
    /// final field may instead be a dotted quad (two groups).
    private static func ipv6Part(_ bytes: ArraySlice<UInt8>, isLast: Bool) -> [UInt16]? {
        guard !bytes.isEmpty else { return [] }
        let fields = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (index, field) in fields.enumerated() {
            if isLast, index == fields.count - 1, field.contains(UInt8(ascii: ".")) {
                guard let value = dottedQuadValue(field) else { return nil }
                groups += [UInt16(value >> 16), UInt16(value & 0xFFFF)]
            } else {
                guard let group = hexGroup(field) else { return nil }
                groups.append(group)
            }
        }
        return groups
    }

    /// One group: 1–4 hex digits.
    private static func hexGroup(_ digits: ArraySlice<UInt8>) -> UInt16? {
        guard (1...4).contains(digits.count) else { return nil }
        var value: UInt16 = 0
        for digit in digits {
            guard let nibble = hexValue(digit) else { return nil }
            value = value << 4 | nibble
        }
        return value
    }

    /// The index of the first `::`, or nil.
    private static func firstDoubleColon(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: ":") { return index }
            index += 1
        }
        return nil
    }

    private static func isDecimalDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt16(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
