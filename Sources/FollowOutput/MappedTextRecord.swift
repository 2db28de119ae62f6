/// One record in ascii or ebcdic mode (FOLLOW-SPEC R2.6, R2.7):
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stagingCapacity) { stage in
            guard let target = stage.baseAddress else { return }
            var start = 0
            while start < bytes.count {
                let count = Swift.min(stagingCapacity, bytes.count - start)
                for index in 0..<count {
                    target[index] = table[Int(bytes[start + index])]
                }
                out.append(contentsOf: UnsafeBufferPointer(start: target, count: count))
                start += count
            }
        }
        out.append(0x0A)
    }
}
