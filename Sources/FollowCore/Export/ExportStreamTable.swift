import FollowOutput

/// A value per stream, found through two arrays indexed by stream number (one per protocol):
/// the lookups an export makes for every frame, without hashing. Stream numbers are dense
/// (follow numbers them from 0), so those arrays stay as long as the capture's stream count;
/// the values themselves sit in slots reused once removed, as many as are held at once.
struct ExportStreamTable<Value> {
    /// Each stream's slot plus one (0: no value), by stream number.
    private var tcp: [Int] = []
    private var udp: [Int] = []
    private var values: [Value?] = []
    private var freeSlots: [Int] = []

    /// The value of `key`, nil when it has none; setting nil removes it. Changed in place.
    subscript(key: StreamKey) -> Value? {
        get {
            let slot = self.slot(of: key)
            return slot < 0 ? nil : values[slot]
        }
        _modify {
            var slot = self.slot(of: key)
            if slot < 0 {
                slot = freeSlots.popLast() ?? values.count
                if slot == values.count { values.append(nil) }
                setSlot(slot, of: key)
            }
            yield &values[slot]
            if case .none = values[slot] {
                setSlot(-1, of: key)
                freeSlots.append(slot)
            }
        }
    }

    /// Whether `key` has a value.
    func contains(_ key: StreamKey) -> Bool {
        slot(of: key) >= 0
    }

    /// Removes the value of `key` and returns it.
    mutating func removeValue(forKey key: StreamKey) -> Value? {
        guard contains(key) else { return nil }
        defer { self[key] = nil }
        return self[key]
    }

    /// The keys with a value, in export order (TCP ascending, then UDP ascending).
    var keys: [StreamKey] {
        tcp.indices.filter { tcp[$0] != 0 }.map { StreamKey(followed: .tcp, stream: UInt32($0)) }
            + udp.indices.filter { udp[$0] != 0 }.map { StreamKey(followed: .udp, stream: UInt32($0)) }
    }

    /// The slot of `key`'s value, or -1.
    private func slot(of key: StreamKey) -> Int {
        let index = Int(key.stream)
        switch key.followed {
        case .tcp: return index < tcp.count ? tcp[index] - 1 : -1
        case .udp: return index < udp.count ? udp[index] - 1 : -1
        }
    }

    /// Records `slot` (-1: none) as the slot of `key`.
    private mutating func setSlot(_ slot: Int, of key: StreamKey) {
        let index = Int(key.stream)
        switch key.followed {
        case .tcp:
            Self.grow(&tcp, toHold: index)
            tcp[index] = slot + 1
        case .udp:
            Self.grow(&udp, toHold: index)
            udp[index] = slot + 1
        }
    }

    /// Lengthens `slots` with zeros so that it has an element at `index`.
    private static func grow(_ slots: inout [Int], toHold index: Int) {
        if index >= slots.count {
            slots += repeatElement(0, count: index + 1 - slots.count)
        }
    }
}
