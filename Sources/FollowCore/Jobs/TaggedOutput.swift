/// Output a worker produced, cut into tagged pieces (``OutputTag``), the tags ascending.
struct TaggedOutput {
    /// The pieces' bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Each piece's tag and the end of its bytes.
    private(set) var pieces: [(tag: OutputTag, end: Int)] = []

    /// How many bytes it holds.
    var count: Int { bytes.count }

    /// Appends `text` as output of `tag`, joining the previous piece when the tag is the same.
    mutating func append(_ text: some Collection<UInt8>, tag: OutputTag) {
        guard !text.isEmpty else { return }
        bytes += text
        if pieces.last?.tag == tag {
            pieces[pieces.count - 1].end = bytes.count
        } else {
            pieces.append((tag, bytes.count))
        }
    }

    /// Appends every piece of `other` (whose tags come after these).
    mutating func append(contentsOf other: TaggedOutput) {
        var start = 0
        for piece in other.pieces {
            append(other.bytes[start..<piece.end], tag: piece.tag)
            start = piece.end
        }
    }

    /// How many leading pieces belong to frames up to `frame`.
    func pieceCount(through frame: UInt64) -> Int {
        pieces.firstIndex { $0.tag.frame > frame } ?? pieces.count
    }

    /// Removes the first `count` pieces; returns how many bytes they held.
    mutating func removeFirst(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        let end = pieces[count - 1].end
        bytes.removeFirst(end)
        pieces.removeFirst(count)
        for index in pieces.indices { pieces[index].end -= end }
        return end
    }

    /// Calls `body` with the first `counts[i]` pieces of each `outputs[i]`, merged in tag order.
    /// - Complexity: O(pieces × outputs.count); the outputs are the few workers'.
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
            let output = outputs[index]
            let start = next[index] == 0 ? 0 : output.pieces[next[index] - 1].end
            body(output.bytes[start..<output.pieces[next[index]].end])
            next[index] += 1
        }
    }
}
