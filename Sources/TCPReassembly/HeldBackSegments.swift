import PacketDecoding

/// The segments of one direction held back until earlier bytes arrive, answering in O(log n) the
/// two questions tshark's follow code asks by walking its whole list (FOLLOW-RULES R4.2, R4.9).
///
/// tshark keeps held-back segments in arrival order and, for each release, takes the **first
/// arrived** segment whose sequence number is at or before the next expected one; when none is,
/// the **lowest** sequence number decides whether a missing-data marker is due. A walk like that
/// costs O(n) per release, so a stream whose segments arrive last-first takes O(n²) (issue 10).
///
/// Here the segments sit in a treap ordered by (raw sequence number, arrival serial), each node
/// also knowing the smallest arrival serial below it. "The first arrived segment at or before
/// `next`" becomes a minimum over at most two key ranges, and "the lowest sequence number ahead of
/// `next`" a successor search: both walk one path of the tree. Priorities come from a generator
/// seeded per process, so a capture cannot arrange its segments into a degenerate tree.
///
/// - Complexity: insertion, removal and both queries O(log n) expected, n segments held.
struct HeldBackSegments {
    /// One tree node; `segments` holds its payload at the same index.
    private struct Node {
        var sequence: UInt32
        var serial: UInt64
        var priority: UInt64
        var left: Int32 = -1
        var right: Int32 = -1
        /// The smallest `serial` in this node's subtree.
        var minimumSerial: UInt64
    }

    /// A held segment as handed out by the queries: its payload and where it sits in the tree.
    struct Entry {
        fileprivate let node: Int32
        let segment: PendingSegment
    }

    private var nodes: [Node] = []
    private var segments: [PendingSegment?] = []
    private var freeNodes: [Int32] = []
    private var root: Int32 = -1
    private var nextSerial: UInt64 = 0
    private var random: PriorityGenerator

    init() {
        random = PriorityGenerator()
    }

    /// Whether no segment is held.
    var isEmpty: Bool { root < 0 }

    /// Holds `segment` back, unless a segment held earlier starts at the same sequence number and
    /// is at least as long: tshark would release that one first, after which this copy adds
    /// nothing, so keeping it changes no output and only costs memory (a capture that repeats one
    /// out-of-order segment a million times holds it once).
    mutating func insert(_ segment: PendingSegment) {
        let key = segment.sequence.rawValue
        if let earlier = lastNode(withSequence: key), let held = segments[Int(earlier)],
            held.bytes.count >= segment.bytes.count
        {
            return
        }
        let serial = nextSerial
        nextSerial += 1
        let node = allocate(Node(
            sequence: key, serial: serial, priority: random.next(), minimumSerial: serial), segment)
        let (below, above) = split(root, before: (key, serial))
        root = merge(merge(below, node), above)
    }

    /// The earliest-held segment whose sequence number is at or before `next` in serial order
    /// (tshark's `LT_SEQ(seq, next) || seq == next`): within the 2³¹ numbers up to `next`.
    func firstArrived(atOrBefore next: SequenceNumber) -> Entry? {
        // The window [next − 2³¹, next] of the circle, as one or two ranges of raw numbers.
        let value = UInt64(next.rawValue)
        var best: Int32
        if value >= 1 << 31 {
            best = earliest(in: root, from: value - (1 << 31), to: value + 1)
        } else {
            best = earliest(in: root, from: 0, to: value + 1)
            let wrapped = earliest(in: root, from: value + (1 << 31), to: 1 << 32)
            if wrapped >= 0, best < 0 || nodes[Int(wrapped)].serial < nodes[Int(best)].serial {
                best = wrapped
            }
        }
        return best < 0 ? nil : Entry(node: best, segment: segments[Int(best)]!)
    }

    /// The sequence number nearest after `next`, going round the 32-bit circle: tshark's lowest
    /// held sequence number when none is at or before `next` (every segment is then less than
    /// 2³¹ ahead, where serial order is a total order).
    func lowest(after next: SequenceNumber) -> SequenceNumber? {
        guard root >= 0 else { return nil }
        let node = firstNode(from: UInt64(next.rawValue) + 1) ?? firstNode(from: 0)
        return node.map { SequenceNumber(nodes[Int($0)].sequence) }
    }

    /// Takes `entry` out of the tree.
    mutating func remove(_ entry: Entry) {
        let key = (nodes[Int(entry.node)].sequence, nodes[Int(entry.node)].serial)
        let (below, rest) = split(root, before: key)
        let (_, above) = split(rest, before: (key.0, key.1 + 1))
        root = merge(below, above)
        segments[Int(entry.node)] = nil
        freeNodes.append(entry.node)
    }

    // MARK: - Queries

    /// The node of smallest serial whose sequence number lies in `lower ..< upper`, or -1.
    private func earliest(in tree: Int32, from lower: UInt64, to upper: UInt64) -> Int32 {
        // Descend to the subtree whose root lies in the range, then take the best of that root,
        // the part of its left subtree at or above `lower` and the part of its right subtree
        // below `upper`.
        var top = tree
        while top >= 0 {
            let sequence = UInt64(nodes[Int(top)].sequence)
            if sequence < lower {
                top = nodes[Int(top)].right
            } else if sequence >= upper {
                top = nodes[Int(top)].left
            } else {
                break
            }
        }
        guard top >= 0 else { return -1 }
        var best = top
        consider(suffixOf: nodes[Int(top)].left, from: lower, best: &best)
        consider(prefixOf: nodes[Int(top)].right, below: upper, best: &best)
        return best
    }

    /// Improves `best` with the nodes of `tree` whose sequence number is at least `lower`.
    private func consider(suffixOf tree: Int32, from lower: UInt64, best: inout Int32) {
        var node = tree
        while node >= 0 {
            if UInt64(nodes[Int(node)].sequence) >= lower {
                improve(&best, withNode: node)
                improve(&best, withSubtree: nodes[Int(node)].right)
                node = nodes[Int(node)].left
            } else {
                node = nodes[Int(node)].right
            }
        }
    }

    /// Improves `best` with the nodes of `tree` whose sequence number is below `upper`.
    private func consider(prefixOf tree: Int32, below upper: UInt64, best: inout Int32) {
        var node = tree
        while node >= 0 {
            if UInt64(nodes[Int(node)].sequence) < upper {
                improve(&best, withNode: node)
                improve(&best, withSubtree: nodes[Int(node)].left)
                node = nodes[Int(node)].right
            } else {
                node = nodes[Int(node)].left
            }
        }
    }

    private func improve(_ best: inout Int32, withNode node: Int32) {
        if nodes[Int(node)].serial < nodes[Int(best)].serial { best = node }
    }

    /// Improves `best` with the earliest node of a whole subtree, found by following the
    /// subtree minimum down (one path).
    private func improve(_ best: inout Int32, withSubtree tree: Int32) {
        guard tree >= 0, nodes[Int(tree)].minimumSerial < nodes[Int(best)].serial else { return }
        var node = tree
        let target = nodes[Int(tree)].minimumSerial
        while nodes[Int(node)].serial != target {
            let left = nodes[Int(node)].left
            node = left >= 0 && nodes[Int(left)].minimumSerial == target ? left : nodes[Int(node)].right
        }
        best = node
    }

    /// The node with the smallest (sequence, serial) whose sequence number is at least `lower`.
    private func firstNode(from lower: UInt64) -> Int32? {
        var node = root
        var found: Int32?
        while node >= 0 {
            if UInt64(nodes[Int(node)].sequence) >= lower {
                found = node
                node = nodes[Int(node)].left
            } else {
                node = nodes[Int(node)].right
            }
        }
        return found
    }

    /// The latest-held node starting at `sequence`, if any.
    private func lastNode(withSequence sequence: UInt32) -> Int32? {
        var node = root
        var found: Int32?
        while node >= 0 {
            let current = nodes[Int(node)]
            if current.sequence == sequence {
                found = node
                node = current.right
            } else {
                node = current.sequence < sequence ? current.right : current.left
            }
        }
        return found
    }

    // MARK: - Treap maintenance

    private mutating func allocate(_ node: Node, _ segment: PendingSegment) -> Int32 {
        if let reused = freeNodes.popLast() {
            nodes[Int(reused)] = node
            segments[Int(reused)] = segment
            return reused
        }
        nodes.append(node)
        segments.append(segment)
        return Int32(nodes.count - 1)
    }

    /// Splits `tree` into the nodes ordered before `key` and the rest.
    private mutating func split(_ tree: Int32, before key: (UInt32, UInt64)) -> (Int32, Int32) {
        guard tree >= 0 else { return (-1, -1) }
        let node = nodes[Int(tree)]
        if (node.sequence, node.serial) < key {
            let (middle, above) = split(node.right, before: key)
            nodes[Int(tree)].right = middle
            refresh(tree)
            return (tree, above)
        }
        let (below, middle) = split(node.left, before: key)
        nodes[Int(tree)].left = middle
        refresh(tree)
        return (below, tree)
    }

    /// Joins two trees, every key of `lower` ordered before every key of `upper`.
    private mutating func merge(_ lower: Int32, _ upper: Int32) -> Int32 {
        guard lower >= 0 else { return upper }
        guard upper >= 0 else { return lower }
        if nodes[Int(lower)].priority > nodes[Int(upper)].priority {
            let joined = merge(nodes[Int(lower)].right, upper)
            nodes[Int(lower)].right = joined
            refresh(lower)
            return lower
        }
        let joined = merge(lower, nodes[Int(upper)].left)
        nodes[Int(upper)].left = joined
        refresh(upper)
        return upper
    }

    /// Recomputes a node's subtree minimum from its children.
    private mutating func refresh(_ tree: Int32) {
        let node = nodes[Int(tree)]
        var minimum = node.serial
        if node.left >= 0 { minimum = min(minimum, nodes[Int(node.left)].minimumSerial) }
        if node.right >= 0 { minimum = min(minimum, nodes[Int(node.right)].minimumSerial) }
        nodes[Int(tree)].minimumSerial = minimum
    }
}

/// Treap priorities: a ``SplitMix64`` seeded by a value Swift draws per process (through
/// `Hasher`), so the tree's shape cannot be predicted from the capture.
private struct PriorityGenerator {
    private var generator: SplitMix64

    init() {
        var hasher = Hasher()
        hasher.combine(0x4845_4C44 as UInt64)
        generator = SplitMix64(seed: UInt64(UInt(bitPattern: hasher.finalize())))
    }

    mutating func next() -> UInt64 {
        generator.next()
    }
}
