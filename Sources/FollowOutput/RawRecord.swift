/// One record in raw mode (FOLLOW-SPEC R2.9): `[TAB]` then the bytes as continuous lower-case hex,
/// then LF. The line is never split, however long the record.
enum RawRecord {
    /// Appends the record line for `bytes`.
    static func write(bytes: UnsafeRawBufferPointer, indented: Bool, to out: inout [UInt8]) {
        if indented { out.append(0x09) }
        ByteTables.lowerHexDigits.withUnsafeBufferPointer { digits in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stagingCapacity) { stage in
                guard let target = stage.baseAddress else { return }
                var start = 0
                while start < bytes.count {
                    let count = Swift.min(stagingCapacity / 2, bytes.count - start)
                    for index in 0..<count {
                        let byte = bytes[start + index]
                        target[2 * index] = digits[Int(byte >> 4)]
                        target[2 * index + 1] = digits[Int(byte & 0xF)]
                    }
                    out.append(contentsOf: UnsafeBufferPointer(start: target, count: 2 * count))
                    start += count
                }
            }
        }
        out.append(0x0A)
    }
}
