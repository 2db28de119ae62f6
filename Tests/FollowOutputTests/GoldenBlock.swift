import PacketDecoding

/// One record rebuilt from tshark's outputs: node and bytes from raw mode, frame number and time
/// from yaml mode (plus the exact frame times of `Tests/FollowOutputFixtures/frame-times.tsv`).
struct GoldenRecord {
    var node: Int
    var bytes: [UInt8]
    var frameNumber: UInt64 = 0
    var timestamp: Timestamp = .zero
}

/// What a tshark raw-mode block says: the `Filter:` text, the nodes and the records.
struct RawBlock {
    var filterText: String
    var nodes: (Endpoint, Endpoint)?
    var records: [GoldenRecord]

    /// Parses one raw-mode block:
    /// `\n====…\nFollow: tcp,raw\nFilter: …\nNode 0: …\nNode 1: …\n<lines>====…\n`.
    init?(_ bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        guard lines.count >= 7, lines[0].isEmpty, lines.last?.isEmpty == true else { return nil }
        lines.removeLast()
        guard lines.removeLast() == Array(String(repeating: "=", count: 67).utf8),
            let filter = Self.value(lines[3], after: "Filter: "),
            let node0 = Self.value(lines[4], after: "Node 0: "), let node1 = Self.value(lines[5], after: "Node 1: ")
        else { return nil }
        filterText = filter
        nodes = EndpointText.parse(Substring(node0)).flatMap { first in
            EndpointText.parse(Substring(node1)).map { (first, $0) }
        }
        var records: [GoldenRecord] = []
        for line in lines.dropFirst(6) {
            let node = line.first == 0x09 ? 1 : 0
            guard let data = Self.hexBytes(line.dropFirst(node)) else { return nil }
            records.append(GoldenRecord(node: node, bytes: data))
        }
        self.records = records
    }

    /// The text after `prefix` on `line`, or nil.
    private static func value(_ line: [UInt8], after prefix: String) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
    }

    /// Decodes continuous lower-case hex.
    private static func hexBytes(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        func nibble(_ char: UInt8) -> UInt8? {
            switch char {
            case 0x30...0x39: return char - 0x30
            case 0x61...0x66: return char - 0x61 + 10
            default: return nil
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.count / 2)
        var index = text.startIndex
        while index < text.endIndex {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }
}

/// The per-record `packet:`, `peer:` and `timestamp:` values of a tshark yaml block.
struct YAMLEntries {
    var entries: [(frame: UInt64, peer: Int, timestamp: String)] = []

    /// Reads the entries of the first yaml block in `bytes` (stops at a following text block).
    init(_ bytes: [UInt8]) {
        var frame: UInt64 = 0
        var peer = 0
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("===") { break }
            if line.hasPrefix("  - packet: ") {
                frame = UInt64(line.dropFirst(12)) ?? 0
            } else if line.hasPrefix("    peer: ") {
                peer = Int(line.dropFirst(10)) ?? -1
            } else if line.hasPrefix("    timestamp: ") {
                entries.append((frame, peer, String(line.dropFirst(15))))
            }
        }
    }
}
