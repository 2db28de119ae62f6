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
    func stream(for key: ConversationKey) -> UInt32? {
        let hash = self.hash(key)
        var position = Int(truncatingIfNeeded: hash) & mask
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        while true {
            let slot = slots[position]
            if slot.stream == Slot.empty.stream { return nil }
            if slot.tag == tag && keys[Int(slot.stream)] == key { return slot.stream }
            position = (position + 1) & mask
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

    /// A 64-bit hash of every bit of `key`: each word is folded in with a 64 × 64 → 128-bit
    /// multiplication (wyhash's "mum" step).
    private func hash(_ key: ConversationKey) -> UInt64 {
        var state = seeds.0 ^ (UInt64(key.lower.port) << 16 | UInt64(key.upper.port))
        switch (key.lower.address, key.upper.address) {
        case (.v4(let a), .v4(let b)):
            state = mix(state, UInt64(a) << 32 | UInt64(b))
        case (.v6(let ah, let al), .v6(let bh, let bl)):
            state = mix(mix(mix(mix(state ^ 1 << 32, ah), al), bh), bl)
        case (.v4(let a), .v6(let bh, let bl)):
            state = mix(mix(mix(state ^ 2 << 32, UInt64(a)), bh), bl)
        case (.v6(let ah, let al), .v4(let b)):
            state = mix(mix(mix(state ^ 3 << 32, ah), al), UInt64(b))
        }
        return mix(state, seeds.0)
    }

    private func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word).multipliedFullWidth(by: seeds.1)
        return product.high ^ product.low
    }
}
