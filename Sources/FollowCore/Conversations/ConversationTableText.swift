import FollowOutput
import PacketDecoding

/// The text tshark 4.0.17 prints for `-z conv,tcp` and `-z conv,udp` (its `iousers` table with
/// the default relative time format; only the title names the protocol), byte for byte:
///
/// ```
/// ================================================================================
/// TCP Conversations
/// Filter:<No Filter>
///                                                            |       <-      | |       ->      | |     Total     |    Relative    |   Duration   |
///                                                            | Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |
/// 10.0.0.1:1001              <-> 10.0.0.2:80                      1 54 bytes        3 168 bytes       4 222 bytes     0.000000000         0.0030
/// ================================================================================
/// ```
///
/// Each row is `printf("%-26s <-> %-26s  %6u %-9s  %6u %-9s  %6u %-9s  %14.9f   %12.4f\n")`:
/// endpoints as `address:port` (IPv6 without brackets; longer texts push the line right), then
/// frames and bytes received by the left endpoint (`<-`), sent by it (`->`) and in total, the
/// start relative to the capture's first frame, and the duration.
enum ConversationTableText {
    private static let rule = String(repeating: "=", count: 80) + "\n"
    private static let columnPad = String(repeating: " ", count: 59)

    /// The whole table.
    static func render(_ table: ConversationTable) -> [UInt8] {
        var out: [UInt8] = []
        out += rule.utf8
        out += "\(table.request.transport.title) Conversations\nFilter:\(table.request.filter ?? "<No Filter>")\n".utf8
        out += columnPad.utf8
        out += "|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |\n".utf8
        out += columnPad.utf8
        out += "| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |\n".utf8
        for row in table.sortedRows {
            write(row, to: &out)
        }
        out += rule.utf8
        return out
    }

    /// One row.
    static func write(_ row: ConversationRow, to out: inout [UInt8]) {
        out += padded(endpointText(row.left), 26).utf8
        out += " <-> ".utf8
        out += padded(endpointText(row.right), 26).utf8
        let total = ConversationRow.Tally(
            frames: row.totalFrames, bytes: row.leftToRight.bytes &+ row.rightToLeft.bytes)
        for tally in [row.rightToLeft, row.leftToRight, total] {
            out += "  ".utf8
            out += rightAligned(String(tally.frames), 6).utf8
            out += " ".utf8
            out += padded(sizeText(tally.bytes), 9).utf8
        }
        out += "  ".utf8
        let start = row.start.inSeconds
        writeFixed(start, fractionDigits: 9, width: 14, to: &out)
        out += "   ".utf8
        writeFixed(row.stop.inSeconds - start, fractionDigits: 4, width: 12, to: &out)
        out.append(0x0A)
    }

    /// `address:port`, as tshark's conversation tables write endpoints (no brackets for IPv6).
    static func endpointText(_ endpoint: Endpoint) -> String {
        "\(endpoint.address):\(endpoint.port)"
    }

    /// A byte count as tshark's `format_size(size, FORMAT_SIZE_UNIT_BYTES, 0)` writes it: whole
    /// numbers only, SI prefixes, and a prefix only once the value reaches 10 of it
    /// (`9999 bytes`, `10 kB`, `9999 kB`, `10 MB`, … up to `TB`).
    /// - Note: tshark groups thousands with the locale's separator (`%'d`); in the C locale, where
    ///   goldens are recorded, there is none, and swfollow never groups.
    static func sizeText(_ size: UInt64) -> String {
        let prefixes = ["T", "G", "M", "k"]
        for (index, prefix) in prefixes.enumerated() {
            var scaled = size
            for _ in 0..<(prefixes.count - index) { scaled /= 1000 }
            if scaled >= 10 { return "\(scaled) \(prefix)B" }
        }
        return "\(size) bytes"
    }

    /// `%<width>.<fractionDigits>f`.
    private static func writeFixed(_ value: Double, fractionDigits: Int, width: Int, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        FixedPointText.write(value, fractionDigits: fractionDigits, to: &digits)
        out += repeatElement(0x20, count: max(0, width - digits.count))
        out += digits
    }

    /// `%-<width>s`: `text` followed by spaces up to `width` bytes.
    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.utf8.count))
    }

    /// `%<width>s`: spaces, then `text`, to `width` bytes.
    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.utf8.count)) + text
    }
}
