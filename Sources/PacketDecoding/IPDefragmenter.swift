/// Reassembles IPv4 and IPv6 datagrams from their fragments, as tshark does by default
/// (`ip.defragment`, `ipv6.defragment`).
///
/// A completed datagram leaves the table, so a fragment arriving later starts a new one (tshark
/// behaves the same way). Memory is bounded: when too many datagrams are incomplete, or their
/// fragments hold too many bytes, the oldest incomplete datagrams are dropped. tshark keeps them
/// forever; only captures with that many never-completed datagrams can tell the difference.
struct IPDefragmenter {
    /// Incomplete datagrams kept at most.
    let maximumDatagrams: Int
    /// Fragment bytes kept at most, over all incomplete datagrams.
    let maximumStoredBytes: Int

    private var pending: [FragmentKey: FragmentSet] = [:]
    private var storedBytes = 0
    private var nextSerial: UInt64 = 0

    init(maximumDatagrams: Int = 4096, maximumStoredBytes: Int = 64 << 20) {
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
    ///   - output: Where to assemble the datagram if this fragment completes it.
    /// - Returns: The datagram's length when this fragment completed it (the bytes are then in
    ///   `output`), otherwise nil.
    mutating func add(
        _ key: FragmentKey, offset: Int, isLast: Bool, data: UnsafeRawBufferPointer, into output: ReassemblyBuffer
    ) -> Int? {
        var set = pending.removeValue(forKey: key) ?? makeSet()
        storedBytes -= set.storedByteCount
        set.add(offset: offset, isLast: isLast, data: data)
        if let length = set.completedLength {
            set.assemble(into: output.prepare(byteCount: length))
            return length
        }
        storedBytes += set.storedByteCount
        pending[key] = set
        evictOldestWhileOverLimits()
        return nil
    }

    /// A new, empty set numbered in arrival order.
    private mutating func makeSet() -> FragmentSet {
        defer { nextSerial += 1 }
        return FragmentSet(serial: nextSerial)
    }

    /// Drops the oldest incomplete datagrams until both limits hold.
    private mutating func evictOldestWhileOverLimits() {
        while pending.count > maximumDatagrams || storedBytes > maximumStoredBytes,
            let oldest = pending.min(by: { $0.value.serial < $1.value.serial })
        {
            storedBytes -= oldest.value.storedByteCount
            pending.removeValue(forKey: oldest.key)
        }
    }
}
