/// A slice of bytes around a difference, kept with its offset for the report.
public struct HexWindow: Sendable, Hashable, Codable {
    /// Offset of the first byte shown.
    public var start: Int
    /// The bytes shown, as lower-case hex without spaces (compact in JSON).
    public var hex: String

    /// Cuts `radius` bytes on each side of `offset` out of `bytes`.
    public init(_ bytes: [UInt8], around offset: Int, radius: Int = 16) {
        let lower = max(0, min(offset, bytes.count) - radius)
        let upper = min(bytes.count, offset + radius)
        start = lower
        hex = bytes[lower..<max(lower, upper)].map { Self.hexByte($0) }.joined()
    }

    /// `0000003c  47 45 54 20 …  |GET …|`: hex pairs and their printable form.
    public var rendered: String {
        let bytes = FollowTranscript.decodeHex(Array(hex.utf8)) ?? []
        let pairs = bytes.map { Self.hexByte($0) }.joined(separator: " ")
        let printable = String(bytes.map { (0x20...0x7E).contains($0) ? Character(UnicodeScalar($0)) : "." })
        let offset = String(start, radix: 16)
        return String(repeating: "0", count: max(0, 8 - offset.count)) + offset + "  " + pairs + "  |" + printable + "|"
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16)
        return byte < 16 ? "0" + text : text
    }
}
