/// Reassembles IPv4 and IPv6 datagrams from their fragments, as tshark does by default
/// (`ip.defragment`, `ipv6.defragment`).
///
/// A completed datagram leaves the table, so a fragment arriving later starts a new one (tshark
/// behaves the same way). Memory is bounded: when more than ``maximumDatagrams`` datagrams are
/// incomplete, or their fragments hold more than ``maximumStoredBytes``, the oldest incomplete
/// datagrams are dropped and counted in ``droppedDatagrams``. tshark keeps them forever: a
/// dropped datagram whose missing fragments come later is reassembled by tshark and not here,
/// which is why the count is reported (swfollow warns on standard error).
///
/// - Complexity: O(log n) amortised per fragment, n the fragments of its datagram, plus O(1)
///   amortised for eviction.
struct IPDefragmenter {
    /// Incomplete datagrams kept at most.
    let maximumDatagrams: Int
    /// Fragment bytes kept at most, over all incomplete datagrams.
    let maximumStoredBytes: Int
    /// How many incomplete datagrams were dropped to keep within the limits.
    private(set) var droppedDatagrams = 0

    private var pending: [FragmentKey: FragmentSet] = [:]
    private var storedBytes = 0
    private var nextSerial: UInt64 = 0
    /// Datagrams in the order they were opened, oldest first (from `oldestPosition` on). An entry
    /// whose datagram has completed or was replaced is skipped when reached.
    private var openingOrder: [(serial: UInt64, key: FragmentKey)] = []
    private var oldestPosition = 0

    init(
        maximumDatagrams: Int = PacketDecoder.defragmentationLimits.datagrams,
        maximumStoredBytes: Int = PacketDecoder.defragmentationLimits.bytes
    ) {
        self.maximumDatagrams = maximumDatagrams
        self.maximumStoredBytes = maximumStoredBytes
    }

    /// Number of datagrams waiting for fragments.
    var pendingCount: Int { pending.count }

    /// Adds one fragment (its bytes are copied).
    /// - Parameters:
    ///   - key: The datagram it belongs to.
    ///   - offset: Its offset in the datagram, in bytes.
    ///   - isLast: True when More Fragments is clear.
    ///   - data: The fragment's payload, captured whole.
    ///   - frame: The number of the frame carrying it, kept with it.
    ///   - output: Where to assemble the datagram if this fragment completes it.
    /// - Returns: The datagram's length when this fragment completed it (the bytes are then in
    ///   `output`, and the numbers of the frames of all its fragments in
    ///   ``ReassemblyBuffer/fragmentFrames``), otherwise nil.
    mutating func add(
        _ key: FragmentKey, offset: Int, isLast: Bool, data: UnsafeRawBufferPointer, frame: UInt64 = 0,
        into output: ReassemblyBuffer
    ) -> Int? {
        var set = pending.removeValue(forKey: key) ?? makeSet(for: key)
        storedBytes -= set.storedByteCount
        set.add(offset: offset, isLast: isLast, data: data, frame: frame)
        if let length = set.completedLength {
            set.assemble(into: output.prepare(byteCount: length))
            output.appendFragmentFrames(set.frames)
            return length
        }
        storedBytes += set.storedByteCount
        pending[key] = set
        evictOldestWhileOverLimits()
        return nil
    }

    /// A new, empty set numbered in arrival order, noted in ``openingOrder``.
    private mutating func makeSet(for key: FragmentKey) -> FragmentSet {
        defer { nextSerial += 1 }
        openingOrder.append((nextSerial, key))
        return FragmentSet(serial: nextSerial)
    }

    /// Drops the oldest incomplete datagrams until both limits hold.
    private mutating func evictOldestWhileOverLimits() {
        while pending.count > maximumDatagrams || storedBytes > maximumStoredBytes,
            oldestPosition < openingOrder.count
        {
            let (serial, key) = openingOrder[oldestPosition]
            oldestPosition += 1
            guard let set = pending[key], set.serial == serial else { continue }
            storedBytes -= set.storedByteCount
            pending.removeValue(forKey: key)
            droppedDatagrams += 1
        }
        compactOpeningOrder()
    }

    /// Forgets the entries already passed and those of datagrams no longer pending, once they
    /// outnumber the live ones: the list stays proportional to the pending datagrams.
    private mutating func compactOpeningOrder() {
        guard openingOrder.count > 2 * pending.count + 64 else { return }
        let live = openingOrder[oldestPosition...].filter { pending[$0.key]?.serial == $0.serial }
        openingOrder = Array(live)
        oldestPosition = 0
    }
}
