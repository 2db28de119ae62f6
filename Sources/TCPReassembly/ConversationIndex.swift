import PacketDecoding

/// Maps each conversation key to its current `tcp.stream` index: an open-addressing hash table
/// built for the one lookup every frame makes.
///
/// `Dictionary<ConversationKey, UInt32>` spent about 375 instructions per lookup, mostly in
/// SipHash. Here a key is folded into 64-bit words and mixed with two multiplications by
/// per-table random seeds (taken from `Hasher`, which Swift seeds per process), so a capture
/// crafted to collide cannot know where its keys land. Slots are 8 bytes (a hash tag and a stream
/// index); the keys themselves are stored once, in stream order.
struct ConversationIndex {
    /// One bucket: the stream it maps to (`empty` when unused) and 32 more bits of the hash.
    private struct Slot {
        var stream: UInt32
        var tag: UInt32

        static let empty = Slot(stream: .max, tag: 0)
    }

    private var slots = [Slot](repeating: .empty, count: 1024)
    private var mask = 1023
    /// The key of every stream, by stream index.
    private(set) var keys: [ConversationKey] = []
    private var occupied = 0
    private let seeds: (UInt64, UInt64)

    init() {
        var hasher = Hasher()
        hasher.combine(0x5357_464F_4C4C_4F57 as UInt64)
        let first = UInt64(UInt(bitPattern: hasher.finalize()))
        var other = Hasher()
        other.combine(first)
        seeds = (first | 1, UInt64(UInt(bitPattern: other.finalize())) | 1)
    }

    /// The stream `key` currently maps to, if any.
    /// - Complexity: O(1) expected: keys spread evenly whatever their structure (see ``hash(_:)``).
    func stream(for key: ConversationKey) -> UInt32? {
        lookup(key).stream
    }

    /// How many slots a lookup of `key` reads: 1 when it sits where its hash points. Tests use it
    /// to show that crafted families of keys do not pile up.
    func probeCount(for key: ConversationKey) -> Int {
        lookup(key).probes
    }

    /// The stream `key` maps to and the number of slots read to find that out.
    @inline(__always)
    private func lookup(_ key: ConversationKey) -> (stream: UInt32?, probes: Int) {
        let hash = self.hash(key)
        var position = Int(truncatingIfNeeded: hash) & mask
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var probes = 1
        while true {
            let slot = slots[position]
            if slot.stream == Slot.empty.stream { return (nil, probes) }
            if slot.tag == tag && keys[Int(slot.stream)] == key { return (slot.stream, probes) }
            position = (position + 1) & mask
            probes += 1
        }
    }

    /// Records a new stream (index `keys.count`) for `key`, replacing the stream `key` mapped to.
    /// - Returns: the new stream's index.
    mutating func addStream(for key: ConversationKey) -> UInt32 {
        let stream = UInt32(truncatingIfNeeded: keys.count)
        keys.append(key)
        if (occupied + 1) * 2 > slots.count {
            grow()
        }
        let hash = self.hash(key)
        var position = Int(truncatingIfNeeded: hash) & mask
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        while slots[position].stream != Slot.empty.stream {
            let slot = slots[position]
            if slot.tag == tag && keys[Int(slot.stream)] == key {
                slots[position].stream = stream
                return stream
            }
            position = (position + 1) & mask
        }
        slots[position] = Slot(stream: stream, tag: tag)
        occupied += 1
        return stream
    }

    /// Doubles the table and re-inserts every mapped stream.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.stream != Slot.empty.stream {
            var position = Int(truncatingIfNeeded: hash(keys[Int(slot.stream)])) & mask
            while slots[position].stream != Slot.empty.stream {
                position = (position + 1) & mask
            }
            slots[position] = slot
        }
    }

    /// A 64-bit hash of every bit of `key`.
    ///
    /// Each endpoint's fields go through their own multiplications before the next is folded in:
    /// an IPv4 endpoint as one word (a family tag, the address and the port in separate bits), an
    /// IPv6 endpoint as its two address words and a tagged port word. Folding fields together
    /// with XOR or addition first would let tuples that rise together (client address and port
    /// both counting up), swapped ports or IPv4 bits echoed in IPv6 cancel out and land on the
    /// same slots before the seeds could help.
    private func hash(_ key: ConversationKey) -> UInt64 {
        mix(mix(mix(seeds.0, key.lower), key.upper), seeds.0)
    }

    /// Folds in one endpoint.
    @inline(__always)
    private func mix(_ state: UInt64, _ endpoint: Endpoint) -> UInt64 {
        switch endpoint.address {
        case .v4(let address):
            return mix(state, 1 << 48 | UInt64(address) << 16 | UInt64(endpoint.port))
        case .v6(let high, let low):
            return mix(mix(mix(state, high), low), 2 << 48 | UInt64(endpoint.port))
        }
    }

    /// One wyhash "mum" step: the state with `word` folded in, through a 64 × 64 → 128-bit
    /// multiplication by a seed, its halves XORed.
    private func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word ^ seeds.0).multipliedFullWidth(by: seeds.1)
        return product.high ^ product.low
    }
}
