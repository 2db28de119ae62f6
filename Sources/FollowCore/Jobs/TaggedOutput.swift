/// Output a worker produced, cut into tagged pieces (``OutputTag``), the tags ascending.
struct TaggedOutput {
    /// The pieces' bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Each piece's tag and the end of its bytes.
    private(set) var pieces: [(tag: OutputTag, end: Int)] = []

    /// Whether there is nothing.
    var isEmpty: Bool { bytes.isEmpty }

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

    /// Forgets everything, keeping the capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every piece of `outputs`, merged in tag order.
    /// - Complexity: O(pieces × outputs.count); the outputs are the few workers'.
    static func merge(_ outputs: [TaggedOutput], _ body: (ArraySlice<UInt8>) -> Void) {
        var next = Array(repeating: 0, count: outputs.count)
        while true {
            var chosen: Int?
            for index in outputs.indices where next[index] < outputs[index].pieces.count {
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
