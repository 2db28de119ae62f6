/// The bytes of the adversarial captures' payloads: the byte stream cut into ten-byte records,
/// each a nine-digit record number and a line feed (`000000042\n` is bytes 420–429), so that a
/// follow output shows at a glance which segment landed where.
enum StreamText {
    /// Bytes `offset..<offset + length` of the stream, appended to `bytes`.
    static func append(offset: Int, length: Int, to bytes: inout [UInt8]) {
        for position in offset..<offset + length {
            bytes.append(byte(at: position))
        }
    }

    /// The stream's byte at `position`.
    static func byte(at position: Int) -> UInt8 {
        let (record, column) = position.quotientAndRemainder(dividingBy: 10)
        guard column < 9 else { return 0x0A }
        var digits = record
        for _ in column..<8 {
            digits /= 10
        }
        return 0x30 + UInt8(digits % 10)
    }
}
