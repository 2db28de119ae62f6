import FollowOutput

/// A value per stream, kept in two arrays indexed by stream number (one per protocol): the
/// lookups an export makes for every frame, without hashing. Stream numbers are dense (follow
/// numbers them from 0), so the arrays stay as long as the capture's stream count.
struct ExportStreamTable<Value> {
    private var tcp: [Value?] = []
    private var udp: [Value?] = []

    /// The value of `key`, nil when it has none; setting nil removes it. Changed in place.
    subscript(key: StreamKey) -> Value? {
        get {
            let index = Int(key.stream)
            switch key.followed {
            case .tcp: return index < tcp.count ? tcp[index] : nil
            case .udp: return index < udp.count ? udp[index] : nil
            }
        }
        _modify {
            let index = Int(key.stream)
            switch key.followed {
            case .tcp:
                Self.grow(&tcp, toHold: index)
                yield &tcp[index]
            case .udp:
                Self.grow(&udp, toHold: index)
                yield &udp[index]
            }
        }
    }

    /// Whether `key` has a value.
    func contains(_ key: StreamKey) -> Bool {
        let index = Int(key.stream)
        switch key.followed {
        case .tcp: return index < tcp.count && tcp[index] != nil
        case .udp: return index < udp.count && udp[index] != nil
        }
    }

    /// Removes the value of `key` and returns it.
    mutating func removeValue(forKey key: StreamKey) -> Value? {
        guard contains(key) else { return nil }
        defer { self[key] = nil }
        return self[key]
    }

    /// The keys with a value, in export order (TCP ascending, then UDP ascending).
    var keys: [StreamKey] {
        tcp.indices.filter { tcp[$0] != nil }.map { StreamKey(followed: .tcp, stream: UInt32($0)) }
            + udp.indices.filter { udp[$0] != nil }.map { StreamKey(followed: .udp, stream: UInt32($0)) }
    }

    /// Lengthens `values` with nils so that it has an element at `index`.
    private static func grow(_ values: inout [Value?], toHold index: Int) {
        if index >= values.count {
            values += repeatElement(nil, count: index + 1 - values.count)
        }
    }
}
