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
struct FragmentSet {
    /// One stored fragment: where it goes in the datagram and where its bytes are in `storage`.
    private struct Fragment {
        var offset: Int
        var length: Int
        var storageStart: Int
    }

    /// Arrival counter of the set's first fragment; the smallest is evicted first.
    let serial: UInt64
    /// Fragments sorted by offset, equal offsets in arrival order.
    private var fragments: [Fragment] = []
    /// Every fragment's bytes, in arrival order.
    private var storage: [UInt8] = []
    /// The datagram length, once a last fragment arrived.
    private var datagramLength: Int?

    init(serial: UInt64) {
        self.serial = serial
    }

    /// Bytes held by this set.
    var storedByteCount: Int { storage.count }

    /// Stores a copy of one fragment.
    mutating func add(offset: Int, isLast: Bool, data: UnsafeRawBufferPointer) {
        if isLast && datagramLength == nil {
            datagramLength = offset + data.count
        }
        let position = fragments.firstIndex(where: { $0.offset > offset }) ?? fragments.count
        fragments.insert(Fragment(offset: offset, length: data.count, storageStart: storage.count), at: position)
        storage.append(contentsOf: data)
    }

    /// The datagram length when every byte of it has arrived, else nil.
    var completedLength: Int? {
        guard let total = datagramLength else { return nil }
        var covered = 0
        for fragment in fragments {
            if covered >= total || fragment.offset > covered {
                break
            }
            covered = max(covered, fragment.offset + fragment.length)
        }
        return covered >= total ? total : nil
    }

    /// Writes the complete datagram (``completedLength`` bytes) into `output`.
    func assemble(into output: UnsafeMutableRawBufferPointer) {
        guard let total = datagramLength else { return }
        var written = 0
        storage.withUnsafeBytes { stored in
            for fragment in fragments where written < total && fragment.offset <= written {
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
