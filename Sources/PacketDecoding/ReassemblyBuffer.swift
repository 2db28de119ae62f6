/// The memory a completed IP datagram is assembled into, reused from one frame to the next.
///
/// A class so that a ``TCPSegment`` can point into it after `decode` returns; the decoder replaces
/// it instead of writing through it when it is shared with a copy of the decoder.
final class ReassemblyBuffer {
    private var storage = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    /// Writable room for at least `byteCount` bytes. Earlier contents are not kept when it grows.
    func prepare(byteCount: Int) -> UnsafeMutableRawBufferPointer {
        if storage.count < byteCount {
            storage.deallocate()
            storage = .allocate(byteCount: max(byteCount, 2 * storage.count), alignment: 8)
        }
        return storage
    }

    /// The first `byteCount` bytes (`byteCount` must not exceed what was last prepared).
    func prefix(_ byteCount: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[0..<min(byteCount, storage.count)])
    }

    deinit {
        storage.deallocate()
    }
}
