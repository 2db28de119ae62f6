/// Which thread of `--jobs N` handles each stream: 0 the reading thread, 1 to N−1 a worker. The
/// reading thread decides at a stream's first frame (``FrameDistributor``), once for the stream's
/// life, so that a stream's state lives on one thread.
///
/// Memory: two bytes per stream index seen, of each protocol.
///
/// `@unchecked Sendable`: written by the reading thread alone; a worker reads it only after its
/// last batch, which the channel's semaphore orders after every write.
final class StreamOwners: @unchecked Sendable {
    @exclusivity(unchecked) private var tcp: [UInt16] = []
    @exclusivity(unchecked) private var udp: [UInt16] = []
    private static let unassigned = UInt16.max

    /// The thread that handles `key`, or nil before its first frame.
    func owner(of key: StreamKey) -> Int? {
        key.followed == .udp ? Self.owner(in: udp, Int(key.stream)) : Self.owner(in: tcp, Int(key.stream))
    }

    /// Entry `index` of `owners`, read in place (asked for every frame: no copy of the array).
    private static func owner(in owners: borrowing [UInt16], _ index: Int) -> Int? {
        guard index < owners.count, owners[index] != unassigned else { return nil }
        return Int(owners[index])
    }

    /// Gives `key` to thread `owner` (below 65,535: `--jobs` allows 256).
    func assign(_ key: StreamKey, to owner: Int) {
        if key.followed == .udp {
            Self.set(&udp, Int(key.stream), to: UInt16(owner))
        } else {
            Self.set(&tcp, Int(key.stream), to: UInt16(owner))
        }
    }

    private static func set(_ owners: inout [UInt16], _ index: Int, to owner: UInt16) {
        if index >= owners.count {
            owners += repeatElement(unassigned, count: index + 1 - owners.count)
        }
        owners[index] = owner
    }
}
