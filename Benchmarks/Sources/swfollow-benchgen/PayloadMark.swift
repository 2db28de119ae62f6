/// A rare text written over a connection's response bytes, so that the search benchmark has a
/// pattern found a few times (`SWFOLLOW-MARK-` and five digits: the connection index) and some of
/// those occurrences split over two segments, which per-packet tools cannot see.
///
/// A marked connection carries the mark twice: once half a segment into its response (inside the
/// first segment), and once across the boundary between its second and third segments, with 1 to 19 of its 20 bytes
/// before the boundary (varied with the connection index). No random number is drawn for it, so
/// the rest of the capture is the same with or without marks.
struct PayloadMark {
    /// Offset of the mark's first byte in the server's byte stream.
    let offset: Int
    let bytes: [UInt8]

    /// The marks of connection `index` when every `every`-th connection is marked (none when
    /// `every` is 0), keeping only those that fit in `responseLength` bytes.
    static func marks(connection index: Int, every: Int, responseLength: Int, segmentSize: Int) -> [PayloadMark] {
        guard every > 0, index % every == (every / 2 + 17) % every else { return [] }
        let digits = String(index % 100_000)
        let text = Array("SWFOLLOW-MARK-\(String(repeating: "0", count: 5 - digits.count))\(digits)".utf8)
        let beforeBoundary = 1 + (index / every) % (text.count - 1)
        let whole = PayloadMark(offset: segmentSize / 2, bytes: text)
        let split = PayloadMark(offset: 2 * segmentSize - beforeBoundary, bytes: text)
        return [whole, split].filter { $0.offset + text.count <= responseLength }
    }

    /// Whether the mark overlaps the `length` bytes at `start` of the server's byte stream.
    func overlaps(start: Int, length: Int) -> Bool {
        offset < start + length && start < offset + bytes.count
    }

    /// Writes the part of the mark that falls in `payload`, the bytes at `start` of the stream.
    func write(into payload: inout [UInt8], start: Int) {
        for (position, byte) in bytes.enumerated() {
            let index = offset + position - start
            if payload.indices.contains(index) {
                payload[index] = byte
            }
        }
    }
}
