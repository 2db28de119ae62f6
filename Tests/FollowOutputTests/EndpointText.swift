import PacketDecoding

/// Test-side parser of the endpoint texts tshark prints on `Node` lines (`10.0.0.1:80`,
/// `[2001:db8::1]:80`), the inverse of `Endpoint.description`.
enum EndpointText {
    /// The endpoint of a `Node k:` value, or nil for `:0` and unparsable text.
    static func parse(_ text: Substring) -> Endpoint? {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            return nil
        }
        let host = text[..<colon]
        if host.hasPrefix("["), host.hasSuffix("]") {
            return ipv6(host.dropFirst().dropLast()).map { Endpoint(address: $0, port: port) }
        }
        return ipv4(host).map { Endpoint(address: .v4($0), port: port) }
    }

    /// A strict dotted quad.
    static func ipv4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        guard parts.count == 4 else { return nil }
        return parts.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// IPv6 text with optional `::` and an optional dotted-quad tail.
    static func ipv6(_ text: Substring) -> IPAddress? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        let missing = 8 - head.count - tail.count
        guard missing >= (halves.count == 2 ? 1 : 0), halves.count == 2 || missing == 0 else { return nil }
        let all = head + Array(repeating: 0, count: missing) + tail
        let high = all[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = all[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return .v6(high: high, low: low)
    }

    /// The 16-bit groups of one side of `::` (a dotted-quad last item counts as two groups).
    private static func groups(_ text: String) -> [UInt16]? {
        if text.isEmpty { return [] }
        var result: [UInt16] = []
        for item in text.split(separator: ":", omittingEmptySubsequences: false) {
            if item.contains("."), let quad = ipv4(item) {
                result += [UInt16(quad >> 16), UInt16(quad & 0xFFFF)]
            } else if let group = UInt16(item, radix: 16), item.count <= 4 {
                result.append(group)
            } else {
                return nil
            }
        }
        return result
    }
}
