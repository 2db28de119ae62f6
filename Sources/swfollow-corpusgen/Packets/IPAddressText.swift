import Foundation

/// Turns address text (`10.0.0.1`, `2001:db8::1`, `::ffff:1.2.3.4`) into network-order bytes.
///
/// The generator only parses addresses written in its own case tables, so a malformed literal
/// is a programming error reported by `preconditionFailure` at generation time.
enum IPAddressText {
    /// 4 bytes for a dotted quad, 16 for IPv6 text.
    static func bytes(_ text: String) -> [UInt8] {
        text.contains(":") ? ipv6(text) : ipv4(text)
    }

    private static func ipv4(_ text: String) -> [UInt8] {
        let parts = text.split(separator: ".").compactMap { UInt8($0) }
        guard parts.count == 4 else { preconditionFailure("bad IPv4 literal \(text)") }
        return parts
    }

    private static func ipv6(_ text: String) -> [UInt8] {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { preconditionFailure("bad IPv6 literal \(text)") }
        let head = groups(halves[0])
        let tail = halves.count == 2 ? groups(halves[1]) : []
        let zeros = halves.count == 2 ? 16 - head.count - tail.count : 0
        let result = head + [UInt8](repeating: 0, count: max(0, zeros)) + tail
        guard result.count == 16 else { preconditionFailure("bad IPv6 literal \(text)") }
        return result
    }

    /// Bytes of colon-separated hex groups, the last of which may be a dotted quad.
    private static func groups(_ text: String) -> [UInt8] {
        guard !text.isEmpty else { return [] }
        var out: [UInt8] = []
        for group in text.split(separator: ":") {
            if group.contains(".") {
                out += ipv4(String(group))
            } else if let value = UInt16(group, radix: 16) {
                out.appendBE(value)
            } else {
                preconditionFailure("bad IPv6 group \(group)")
            }
        }
        return out
    }
}
