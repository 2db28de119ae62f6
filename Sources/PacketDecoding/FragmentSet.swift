/// The fragments of one IP datagram received so far, and how tshark's reassembly puts them
/// together.
///
/// Observed tshark 4.0 behaviour (checked on crafted captures):
/// * the datagram length is fixed by the **first** fragment without More Fragments; later
///   "last" fragments with another end do not change it, and bytes past the end are dropped;
/// * the datagram is complete once fragments cover every byte up to that length;
/// * overlaps: fragments are taken in offset order (equal offsets in arrival order) and each
///   contributes only the bytes beyond what the earlier ones already covered, so the fragment
///   with the lowest offset wins, and among equal offsets the one that arrived first.
///
/// - Complexity: adding a fragment is O(log n) amortised for n fragments held (tshark walks its
///   sorted list, O(n), for each); assembling sorts them once, O(n log n).
struct FragmentSet {
    /// One stored fragment: where it goes in the datagram and where its bytes are in `storage`.
    private struct Fragment {
        var offset: Int
        var length: Int
        var storageStart: Int
    }

    /// Arrival counter of the set's first fragment; the smallest is evicted first.
    let serial: UInt64
    /// Every fragment, in arrival order.
    private var fragments: [Fragment] = []
    /// Every fragment's bytes, in arrival order.
    private var storage: [UInt8] = []
    /// The number of the frame that carried each fragment, in arrival order.
    private(set) var frames: [UInt64] = []
    /// The datagram length, once a last fragment arrived.
    private var datagramLength: Int?
    /// How many bytes from offset 0 on are covered without a hole.
    private var coveredPrefix = 0
    /// The fragments that start beyond ``coveredPrefix``, as (offset, end), lowest offset first:
    /// each joins the prefix once the hole before it is filled.
    private var beyondPrefix = MinimumHeap()

    init(serial: UInt64) {
        self.serial = serial
    }

    /// Bytes held by this set.
    var storedByteCount: Int { storage.count }

    /// Stores a copy of one fragment, carried by frame number `frame`.
    mutating func add(offset: Int, isLast: Bool, data: UnsafeRawBufferPointer, frame: UInt64) {
        if isLast && datagramLength == nil {
            datagramLength = offset + data.count
        }
        fragments.append(Fragment(offset: offset, length: data.count, storageStart: storage.count))
        storage.append(contentsOf: data)
        frames.append(frame)
        beyondPrefix.insert((offset, offset + data.count))
        while let first = beyondPrefix.minimum, first.offset <= coveredPrefix {
            coveredPrefix = max(coveredPrefix, first.end)
            beyondPrefix.removeMinimum()
        }
    }

    /// The datagram length when every byte of it has arrived, else nil.
    var completedLength: Int? {
        guard let total = datagramLength, coveredPrefix >= total else { return nil }
        return total
    }

    /// Writes the complete datagram (``completedLength`` bytes) into `output`.
    func assemble(into output: UnsafeMutableRawBufferPointer) {
        guard let total = datagramLength else { return }
        // A stable sort by offset: equal offsets stay in arrival order.
        let ordered = fragments.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
        var written = 0
        storage.withUnsafeBytes { stored in
            for (_, fragment) in ordered where written < total && fragment.offset <= written {
                let end = min(fragment.offset + fragment.length, total)
                guard end > written else { continue }
                let from = fragment.storageStart + (written - fragment.offset)
                let source = UnsafeRawBufferPointer(rebasing: stored[from..<(from + end - written)])
                UnsafeMutableRawBufferPointer(rebasing: output[written..<end]).copyMemory(from: source)
                written = end
            }
        }
    }
}

/// A binary min-heap of (offset, end) ranges, lowest offset on top.
private struct MinimumHeap {
    private var items: [(offset: Int, end: Int)] = []

    var minimum: (offset: Int, end: Int)? { items.first }

    mutating func insert(_ item: (offset: Int, end: Int)) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].offset < items[parent].offset else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeMinimum() {
        guard !items.isEmpty else { return }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var parent = 0
        while true {
            var smallest = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < items.count && items[left].offset < items[smallest].offset { smallest = left }
            if right < items.count && items[right].offset < items[smallest].offset { smallest = right }
            guard smallest != parent else { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
