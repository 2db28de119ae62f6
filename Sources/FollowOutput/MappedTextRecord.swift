/// One record in ascii or ebcdic mode (FOLLOW-RULES R2.6, R2.7):
///
///     [TAB]<byte count>LF        the length line, never converted
///     <each byte through table>LF
///
/// The added LF maps to itself in both tables, so it is written unchanged.
enum MappedTextRecord {
    /// Appends the record for `bytes`, mapping each byte through `table` (256 entries).
    static func write(
        bytes: UnsafeRawBufferPointer, indented: Bool, table: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
    ) {
        if indented { out.append(0x09) }
        out.append(decimal: UInt64(bytes.count))
        out.append(0x0A)
        let block = LineStaging.capacity
        LineStaging.writeLines(of: bytes, bytesPerLine: block, maxLineLength: block, to: &out) { chunk, _, target in
            for (index, byte) in chunk.enumerated() {
                target[index] = table[Int(byte)]
            }
            return target + chunk.count
        }
        out.append(0x0A)
    }
}
