/// Output a thread of `--jobs` produced, cut into tagged pieces (``OutputTag``), the tags
/// ascending. A piece's bytes are its own array, so that pieces move from a thread to the merger
/// and out without their bytes being copied.
struct TaggedOutput {
    /// The pieces, in order; consecutive pieces may share a tag.
    private(set) var pieces: [(tag: OutputTag, bytes: [UInt8])] = []
    /// How many bytes it holds.
    private(set) var count = 0

    /// Appends `text` as output of `tag`, joining the last piece when the tag is the same (many
    /// small lines make one piece).
    mutating func append(_ text: some Collection<UInt8>, tag: OutputTag) {
        guard !text.isEmpty else { return }
        count += text.count
        if pieces.last?.tag == tag {
            pieces[pieces.count - 1].bytes += text
        } else {
            pieces.append((tag, Array(text)))
        }
    }

    /// Appends every piece of `other` (whose tags come after these), without copying them.
    mutating func append(contentsOf other: TaggedOutput) {
        pieces += other.pieces
        count += other.count
    }

    /// How many leading pieces belong to frames up to `frame`.
    func pieceCount(through frame: UInt64) -> Int {
        pieces.firstIndex { $0.tag.frame > frame } ?? pieces.count
    }

    /// Removes the first `count` pieces; returns how many bytes they held.
    mutating func removeFirst(_ count: Int) -> Int {
        let removed = pieces.prefix(count).reduce(0) { $0 + $1.bytes.count }
        pieces.removeFirst(count)
        self.count -= removed
        return removed
    }

    /// Calls `body` with the first `counts[i]` pieces of each `outputs[i]`, merged in tag order.
    /// - Complexity: O(pieces × outputs.count); the outputs are the few threads'.
    static func merge(_ outputs: [TaggedOutput], counts: [Int], _ body: (ArraySlice<UInt8>) -> Void) {
        var next = Array(repeating: 0, count: outputs.count)
        while true {
            var chosen: Int?
            for index in outputs.indices where next[index] < counts[index] {
                if let best = chosen, outputs[best].pieces[next[best]].tag <= outputs[index].pieces[next[index]].tag {
                    continue
                }
                chosen = index
            }
            guard let index = chosen else { return }
            body(outputs[index].pieces[next[index]].bytes[...])
            next[index] += 1
        }
    }
}
