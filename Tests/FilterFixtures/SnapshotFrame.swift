import DisplayFilter
import Foundation

/// A frame as tshark dissected it: the field values and protocol spans recorded by
/// `scripts/record-field-snapshots.sh`. It lets the evaluator be checked against tshark's
/// verdicts before (and independently of) swfollow's own decoder, and swfollow's own frame
/// fields to be checked against tshark's, value by value.
package struct SnapshotFrame: FieldProvider, Decodable, Sendable {
    package var capture: String
    package var frame: Int
    /// The frame bytes, hex.
    package var raw: String
    /// Field name → values as `tshark -T fields` prints them.
    package var fields: [String: [String]]
    /// Protocol → occurrences: `[offset, header length, searchable end]` in the frame, or
    /// `[header hex, searchable hex]` for data tshark reassembled.
    package var protocols: [String: [[Span]]]

    package init(capture: String, frame: Int, raw: String, fields: [String: [String]], protocols: [String: [[Span]]]) {
        self.capture = capture
        self.frame = frame
        self.raw = raw
        self.fields = fields
        self.protocols = protocols
    }

    /// One element of a protocol occurrence: an offset or a hex string.
    package enum Span: Decodable, Sendable {
        case offset(Int)
        case hex(String)

        package init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .offset(number)
            } else {
                self = .hex(try container.decode(String.self))
            }
        }
    }

    package func forEachValue(of field: FieldID, _ body: (FieldValue, Int) -> Bool) {
        let definition = FieldRegistry.standard[field]
        if definition.isProtocol {
            forEachProtocol(definition.name, body)
            return
        }
        for (index, text) in (fields[definition.name] ?? []).enumerated() {
            let layer = definition.name == "vlan.id" ? index + 1 : 1
            let keepGoing = Self.withValue(text, definition.type) { value in value.map { body($0, layer) } ?? true }
            guard keepGoing else { return }
        }
    }

    private func forEachProtocol(_ name: String, _ body: (FieldValue, Int) -> Bool) {
        let frameBytes = Self.bytes(fromHex: raw)
        for (index, spans) in (protocols[name] ?? []).enumerated() {
            let bytes: [UInt8]
            let header: Int
            switch (spans.first, spans.dropFirst().first, spans.last) {
            case (.offset(let offset), .offset(let length), .offset(let end)):
                bytes = Array(frameBytes[offset..<Swift.max(offset, Swift.min(end, frameBytes.count))])
                header = length
            case (.hex(let headerHex), _, .hex(let searchable)):
                bytes = Self.bytes(fromHex: searchable)
                header = headerHex.count / 2
            default:
                continue
            }
            let keepGoing = bytes.withUnsafeBytes { body(.protocolLayer($0, headerLength: header), index + 1) }
            guard keepGoing else { return }
        }
    }

    /// Parses one `-T fields` value of `type` and passes it to `body` (nil if unreadable).
    private static func withValue(_ text: String, _ type: FieldType, _ body: (FieldValue?) -> Bool) -> Bool {
        switch type {
        case .uint8, .uint16, .uint32, .int32:
            let number = text.hasPrefix("0x") ? UInt32(text.dropFirst(2), radix: 16) : UInt32(text)
            return body(number.map { .unsigned($0) })
        case .boolean:
            return body(.boolean(text == "1"))
        case .ipv4:
            return body(IPv4Text.parse(Array(text.utf8)[...]).map { .ipv4($0) })
        case .ipv6:
            guard let bytes = IPv6Text.parse(Array(text.utf8)[...]) else { return body(nil) }
            let high = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let low = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return body(.ipv6(high: high, low: low))
        case .ether:
            return body(
                .ether(bytes(fromHex: text.replacingOccurrences(of: ":", with: "")).reduce(0) { $0 << 8 | UInt64($1) }))
        case .bytes, .protocolLayer:
            return bytes(fromHex: text).withUnsafeBytes { body(.bytes($0)) }
        case .relativeTime:
            let parts = text.split(separator: ".")
            let seconds = Int64(parts.first ?? "0") ?? 0
            let nanoseconds = Int32(parts.dropFirst().first ?? "0") ?? 0
            return body(.relativeTime(seconds: seconds, nanoseconds: nanoseconds))
        }
    }

    package static func bytes(fromHex hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var high: UInt8?
        for byte in hex.utf8 where ASCII.isHexDigit(byte) {
            if let first = high {
                result.append(first << 4 | ASCII.hexValue(byte))
                high = nil
            } else {
                high = ASCII.hexValue(byte)
            }
        }
        return result
    }

    /// Every recorded frame, grouped by capture file name.
    package static func load() -> [String: [SnapshotFrame]] {
        let url = FixturePaths.fixtures.appendingPathComponent("field-snapshots.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        let decoder = JSONDecoder()
        let frames = text.split(separator: "\n").compactMap {
            try? decoder.decode(SnapshotFrame.self, from: Data($0.utf8))
        }
        return Dictionary(grouping: frames, by: \.capture)
    }
}
