/// The records of one `raw`-mode follow block, parsed back from tshark's text.
///
/// Raw mode prints one line per record: an optional TAB (Node 1), then the bytes as lower-case hex
/// (FOLLOW-RULES R2.9). That makes it the one mode from which records can be recovered exactly,
/// so levels L2 and L1 are derived from the raw golden.
public struct FollowTranscript: Sendable, Hashable {
    /// One record: which node sent it and its bytes.
    public struct Record: Sendable, Hashable {
        /// 0 or 1.
        public var node: Int
        /// The record's bytes (for a missing-data marker, tshark's marker text and its NUL).
        public var bytes: [UInt8]

        /// Creates a record.
        public init(node: Int, bytes: [UInt8]) {
            self.node = node
            self.bytes = bytes
        }

        /// Whether this is tshark's `[N bytes missing in capture file]` + NUL marker (R4.9).
        public var isMissingDataMarker: Bool {
            guard bytes.last == 0, bytes.first == UInt8(ascii: "[") else { return false }
            let text = String(decoding: bytes.dropLast(), as: UTF8.self)
            guard text.hasSuffix(" bytes missing in capture file]") else { return false }
            let number = text.dropFirst().prefix { $0 != " " }
            return !number.isEmpty && number.allSatisfy(\.isNumber)
        }
    }

    /// The `Node 0:` endpoint text (`a.b.c.d:p`, `[v6]:p`, or `:0`).
    public var node0: String
    /// The `Node 1:` endpoint text.
    public var node1: String
    /// The records in output order.
    public var records: [Record]

    /// Creates a transcript.
    public init(node0: String, node1: String, records: [Record]) {
        self.node0 = node0
        self.node1 = node1
        self.records = records
    }

    /// Parses the first raw-mode block of `stdout`.
    /// - Returns: `nil` if there is no `Node 0:`/`Node 1:` header or a record line is not hex.
    public init?(rawOutput stdout: [UInt8]) {
        let lines = stdout.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.starts(with: Array("Node 0: ".utf8)) }),
            start + 1 < lines.count, lines[start + 1].starts(with: Array("Node 1: ".utf8))
        else { return nil }
        node0 = String(decoding: lines[start].dropFirst(8), as: UTF8.self)
        node1 = String(decoding: lines[start + 1].dropFirst(8), as: UTF8.self)
        records = []
        for line in lines[(start + 2)...] {
            if line.first == UInt8(ascii: "=") || line.isEmpty { break }
            let node = line.first == 0x09 ? 1 : 0
            guard let bytes = Self.decodeHex(line.dropFirst(node)) else { return nil }
            records.append(Record(node: node, bytes: bytes))
        }
    }

    /// The bytes sent by one node, records concatenated, missing-data markers left out.
    public func stream(ofNode node: Int) -> [UInt8] {
        records.filter { $0.node == node && !$0.isMissingDataMarker }.flatMap(\.bytes)
    }

    /// The endpoint text of a node.
    public func endpoint(ofNode node: Int) -> String {
        node == 0 ? node0 : node1
    }

    /// Decodes lower- or upper-case hex digits; `nil` for odd length or another character.
    static func decodeHex<C: Collection>(_ text: C) -> [UInt8]? where C.Element == UInt8 {
        guard text.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 2)
        var high: UInt8?
        for character in text {
            guard let value = hexValue(character) else { return nil }
            if let first = high {
                out.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return out
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
