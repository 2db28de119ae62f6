/// Assembles output in a small stack buffer and copies it into the destination array in blocks,
/// so that the per-byte loops write through a raw pointer and nothing is allocated per record.
enum LineStaging {
    /// The stack buffer's size (small enough to stay on the stack).
    static let capacity = 1024

    /// Cuts `bytes` into lines of `bytesPerLine` (the last may be shorter) and appends what
    /// `storeLine` stores for each.
    /// - Parameters:
    ///   - maxLineLength: The most bytes `storeLine` stores for one line (at most `capacity`).
    ///   - storeLine: Stores the text of `line`, which starts at `start` in `bytes`, at `target`,
    ///     and returns the position after it.
    static func writeLines(
        of bytes: UnsafeRawBufferPointer, bytesPerLine: Int, maxLineLength: Int, to out: inout [UInt8],
        storeLine: (_ line: UnsafeRawBufferPointer, _ start: Int, _ target: UnsafeMutablePointer<UInt8>)
            -> UnsafeMutablePointer<UInt8>
    ) {
        // The stage holds whole lines: a longer line would be written past its end.
        precondition(bytesPerLine > 0 && maxLineLength > 0 && maxLineLength <= capacity, "line does not fit the stage")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { stage in
            guard let base = stage.baseAddress else { return }
            var cursor = base
            var start = 0
            while start < bytes.count {
                if cursor - base > capacity - maxLineLength {
                    out.append(contentsOf: UnsafeBufferPointer(start: base, count: cursor - base))
                    cursor = base
                }
                let end = Swift.min(start + bytesPerLine, bytes.count)
                cursor = storeLine(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), start, cursor)
                start = end
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: cursor - base))
        }
    }
}
