extension [UInt8] {
    /// Hands the bytes gathered so far to `sink` and forgets them, once there are at least
    /// `threshold` of them: how output that is ready streams out in pieces while a capture is
    /// read (follow blocks, `-T fields` lines, search results).
    mutating func drain(ifAtLeast threshold: Int, into sink: (UnsafeRawBufferPointer) -> Void) {
        guard count >= threshold else { return }
        withUnsafeBytes(sink)
        removeAll(keepingCapacity: true)
    }
}
