/// One record in raw mode (FOLLOW-RULES R2.9): `[TAB]` then the bytes as continuous lower-case hex,
/// then LF. The line is never split, however long the record.
enum RawRecord {
    /// Appends the record line for `bytes`.
    static func write(bytes: UnsafeRawBufferPointer, indented: Bool, to out: inout [UInt8]) {
        if indented { out.append(0x09) }
        let block = LineStaging.capacity
        ByteTables.lowerHexDigits.withUnsafeBufferPointer { digits in
            LineStaging.writeLines(of: bytes, bytesPerLine: block / 2, maxLineLength: block, to: &out) {
                chunk, _, target in
                for (index, byte) in chunk.enumerated() {
                    target[2 * index] = digits[Int(byte >> 4)]
                    target[2 * index + 1] = digits[Int(byte & 0xF)]
                }
                return target + 2 * chunk.count
            }
        }
        out.append(0x0A)
    }
}
