/// The memory completed IP datagrams are assembled into, reused from one frame to the next,
/// with the numbers of the frames whose fragments made them.
///
/// One frame can complete more than one datagram (an IPv6 fragment carried in a fragmented IPv4
/// datagram, IP-in-IP with fragments at both levels), and the layers and segments found in an
/// earlier datagram still point into it while a later one is assembled. So within a frame each
/// datagram gets its own room after the previous ones, nothing is overwritten, and memory
/// outgrown during the frame is freed only at the next ``reset()``: everything handed out stays
/// valid until then.
///
/// ```
/// storage: [ datagram 1 | datagram 2 (last prepared) | free ]
///           ^ 0          ^ preparedStart              ^ assembledCount
/// ```
///
/// A class so that a ``TCPSegment`` can point into it after `decode` returns; the decoder replaces
/// it instead of writing through it when it is shared with a copy of the decoder.
final class ReassemblyBuffer {
    private var storage = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// Where the room last prepared starts, and its size.
    private var preparedStart = 0
    private var preparedCount = 0
    /// Storage outgrown since the last reset, which earlier datagrams may still be read from.
    private var retired: [UnsafeMutableRawBufferPointer] = []
    /// The fragment frame numbers of every datagram assembled since the last reset, in the first
    /// `fragmentFrameCount` slots.
    private var frameStorage = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var fragmentFrameCount = 0

    /// Bytes prepared since the last reset: every datagram of the frame, one after another.
    var assembledCount: Int { preparedStart + preparedCount }

    /// Every datagram assembled since the last reset, at the same offsets as when each was
    /// prepared (growing the storage copies them).
    var assembled: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[0..<assembledCount])
    }

    /// The numbers of the frames whose fragments made the datagrams assembled since the last
    /// reset, datagram after datagram. Valid until the next ``appendFragmentFrames(_:)`` or reset.
    var fragmentFrames: UnsafeBufferPointer<UInt64> {
        UnsafeBufferPointer(rebasing: frameStorage[0..<fragmentFrameCount])
    }

    /// Adds the fragment frame numbers of the datagram just assembled.
    func appendFragmentFrames(_ frames: [UInt64]) {
        let needed = fragmentFrameCount + frames.count
        if frameStorage.count < needed {
            let bigger = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(needed, 2 * frameStorage.count))
            _ = bigger.initialize(from: frameStorage[0..<fragmentFrameCount])
            frameStorage.deallocate()
            frameStorage = bigger
        }
        _ = UnsafeMutableBufferPointer(rebasing: frameStorage[fragmentFrameCount..<needed]).initialize(from: frames)
        fragmentFrameCount = needed
    }

    /// Starts a new frame: the earlier frame's datagrams are forgotten and their memory reused.
    func reset() {
        fragmentFrameCount = 0
        for old in retired {
            old.deallocate()
        }
        retired.removeAll(keepingCapacity: true)
        preparedStart = 0
        preparedCount = 0
    }

    /// Writable room for `byteCount` bytes (none for a negative count), after every datagram
    /// prepared since the last reset, which it leaves untouched.
    func prepare(byteCount: Int) -> UnsafeMutableRawBufferPointer {
        let start = assembledCount
        let count = max(byteCount, 0)
        if storage.count - start < count {
            grow(toHold: start + count)
        }
        preparedStart = start
        preparedCount = count
        return UnsafeMutableRawBufferPointer(rebasing: storage[start..<(start + count)])
    }

    /// The first `byteCount` bytes of the room last prepared (at most all of it).
    func prefix(_ byteCount: Int) -> UnsafeRawBufferPointer {
        let count = min(max(byteCount, 0), preparedCount)
        return UnsafeRawBufferPointer(rebasing: storage[preparedStart..<(preparedStart + count)])
    }

    /// Moves to a storage of at least `count` bytes, copying what was assembled since the last
    /// reset and keeping the old storage alive until the next one.
    private func grow(toHold count: Int) {
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 2 * storage.count), alignment: 8)
        let kept = assembledCount
        if kept > 0 {
            UnsafeMutableRawBufferPointer(rebasing: bigger[0..<kept])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[0..<kept]))
        }
        if storage.baseAddress != nil {
            retired.append(storage)
        }
        storage = bigger
    }

    deinit {
        reset()
        storage.deallocate()
        frameStorage.deallocate()
    }
}
