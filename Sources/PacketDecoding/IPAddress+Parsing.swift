extension IPAddress {
    /// Parses a strict dotted quad as glibc's `inet_pton(AF_INET)` does: four decimal octets of at
    /// most 255, no leading zeros, nothing else.
    package init?(ipv4Text text: String) {
        guard let value = Self.parseIPv4(Substring(text)) else { return nil }
        self = .v4(value)
    }

    /// Parses IPv6 text as glibc's `inet_pton(AF_INET6)` does: eight groups of 1–4 hex digits, one
    /// `::` at most, an optional dotted quad in place of the last two groups; no zone, no brackets.
    package init?(ipv6Text text: String) {
        guard let groups = Self.parseIPv6Groups(Substring(text)) else { return nil }
        let high = groups[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = groups[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        self = .v6(high: high, low: low)
    }

    private static func parseIPv4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                part.count == 1 || part.first != "0", let octet = UInt32(part), octet <= 255
            else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    /// The eight 16-bit groups, or nil.
    private static func parseIPv6Groups(_ text: Substring) -> [UInt16]? {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        guard let head = parseGroupList(Substring(halves[0]), mayEndWithIPv4: halves.count == 1) else { return nil }
        if halves.count == 1 {
            return head.count == 8 ? head : nil
        }
        guard let tail = parseGroupList(Substring(halves[1]), mayEndWithIPv4: true),
            head.count + tail.count <= 7
        else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    /// Colon-separated groups (possibly none); the last may be a dotted quad giving two groups.
    private static func parseGroupList(_ text: Substring, mayEndWithIPv4: Bool) -> [UInt16]? {
        if text.isEmpty { return [] }
        var groups: [UInt16] = []
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1, mayEndWithIPv4, part.contains(".") {
                guard let value = parseIPv4(part) else { return nil }
                groups += [UInt16(value >> 16), UInt16(value & 0xFFFF)]
            } else {
                guard (1...4).contains(part.count), let group = UInt16(part, radix: 16),
                    part.allSatisfy(\.isHexDigit)
                else { return nil }
                groups.append(group)
            }
        }
        return groups
    }
}
