/// Text forms of an address exactly as tshark 4.0 prints them (Node lines, YAML `host:`, `Filter:`).
///
/// * IPv4: dotted decimal without leading zeros (`10.0.0.1`).
/// * IPv6: RFC 5952 style, lower-case hex without leading zeros, the longest run of two or more
///   zero groups (the first one on a tie) written `::`. As tshark does, an address whose first
///   six groups are zero (`::1.2.3.4`), or whose first five are zero and sixth is `ffff`
///   (`::ffff:1.2.3.4`), ends in dotted IPv4 form, unless the zero run is longer than six groups
///   (`::102`, `::1`, `::`). No other embedded-IPv4 form is used (`::ffff:0:102:304`,
///   `64:ff9b::102:304`). Checked against `tshark -T fields -e ipv6.src`.
extension IPAddress: CustomStringConvertible {
    package var description: String {
        switch self {
        case .v4(let value):
            return Self.dottedQuad(value)
        case .v6(let high, let low):
            return Self.ipv6Text(high: high, low: low)
        }
    }

    /// `a.b.c.d` for a 32-bit address whose first octet is the most significant byte.
    private static func dottedQuad(_ value: UInt32) -> String {
        "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
    }

    /// The eight 16-bit groups of an IPv6 address, most significant first.
    private static func groups(high: UInt64, low: UInt64) -> [UInt16] {
        (0..<8).map { index in
            let half = index < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> (UInt64(3 - index % 4) * 16))
        }
    }

    /// The longest run of at least two zero groups (first one on a tie), or nil.
    private static func longestZeroRun(_ groups: [UInt16]) -> Range<Int>? {
        var best: Range<Int>?
        var index = 0
        while index < groups.count {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            var end = index
            while end < groups.count, groups[end] == 0 { end += 1 }
            if end - index >= 2, end - index > (best?.count ?? 0) { best = index..<end }
            index = end
        }
        return best
    }

    /// The compressed IPv6 text (see the type's documentation for the rules).
    private static func ipv6Text(high: UInt64, low: UInt64) -> String {
        let groups = groups(high: high, low: low)
        let run = longestZeroRun(groups)
        if let run, run.lowerBound == 0, run.count == 6 || (run.count == 5 && groups[5] == 0xFFFF) {
            let prefix = run.count == 6 ? "::" : "::ffff:"
            return prefix + dottedQuad(UInt32(truncatingIfNeeded: low))
        }
        var text = ""
        for index in 0..<8 {
            if let run, run.contains(index) {
                if index == run.lowerBound { text += ":" }
                continue
            }
            if index != 0 { text += ":" }
            text += String(groups[index], radix: 16)
        }
        if let run, run.upperBound == 8 { text += ":" }
        return text
    }
}
