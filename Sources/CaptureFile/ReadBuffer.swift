/// One reusable window over the input, refilled with `read(2)` as the readers consume it.
///
/// ```
///  storage: [ consumed | start ..< end: buffered, unread | free ]
/// ```
/// A request for more bytes than are buffered first moves the unread bytes to the front, then
/// reads into the free space. The storage grows only when a single record is bigger than it,
/// up to `maximumCapacity`, so memory stays flat however long the input is.
final class ReadBuffer {
    /// The size of the storage for ordinary records.
    static let initialCapacity = 1 << 20
    /// The largest record the buffer will hold (bigger than any block tshark accepts).
    static let maximumCapacity = 256 << 20

    /// The path as given by the user, for error messages.
    let path: String
    private var storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var source: ByteSource
    private var sourceExhausted = false

    /// Wraps `source`; `path` is only used in error messages.
    init(source: ByteSource, path: String) {
        self.source = source
        self.path = path
        storage = .allocate(byteCount: Self.initialCapacity, alignment: 16)
    }

    deinit {
        storage.deallocate()
    }

    /// The number of buffered, unread bytes.
    var available: Int { end - start }

    /// The next `count` unread bytes, made available first: a view of exactly the bytes really
    /// read, valid until the next `request`, `window` or `consume`.
    /// - Returns: nil when the input ends before `count` bytes (then `available` tells how many
    ///   were left), and for a negative `count` or one above `maximumCapacity`.
    /// - Throws: a read or decompression error.
    @inline(__always)
    func window(_ count: Int) throws(CaptureError) -> UnsafeRawBufferPointer? {
        guard count >= 0, try request(count) else { return nil }
        return UnsafeRawBufferPointer(rebasing: storage[start..<(start + count)])
    }

    /// Makes `count` unread bytes available if the input still has them.
    /// - Returns: `true` when `available >= count`; `false` when the input ended first
    ///   (then `available` tells how many bytes were left).
    /// - Throws: a read or decompression error.
    @inline(__always)
    func request(_ count: Int) throws(CaptureError) -> Bool {
        if end - start >= count { return true }
        return try refill(toHold: count)
    }

    /// Marks `count` bytes as read; they must have been made available.
    @inline(__always)
    func consume(_ count: Int) {
        precondition(count >= 0 && count <= end - start, "consumed bytes that were not read")
        start += count
    }

    /// Replaces the byte source, dropping nothing: used once, when gzip is detected, after the
    /// buffered compressed bytes have been handed to the inflater.
    func switchSource(to newSource: ByteSource) {
        source = newSource
        start = 0
        end = 0
        sourceExhausted = false
    }

    /// The buffered bytes, for handing to a new source.
    var unread: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[start..<end])
    }

    /// Compacts, grows if needed, and reads until `count` bytes are buffered or the input ends.
    private func refill(toHold count: Int) throws(CaptureError) -> Bool {
        guard count <= Self.maximumCapacity else { return false }
        if count > storage.count {
            grow(toHold: count)
        } else if start + count > storage.count {
            compact()
        }
        while end - start < count, !sourceExhausted {
            let free = UnsafeMutableRawBufferPointer(rebasing: storage[end...])
            let received = try source.read(into: free)
            if received == 0 {
                sourceExhausted = true
            }
            end += received
        }
        return end - start >= count
    }

    /// Moves the unread bytes to the front of the storage.
    private func compact() {
        guard start > 0 else { return }
        let unreadCount = end - start
        if unreadCount > 0, let base = storage.baseAddress {
            base.copyMemory(from: base + start, byteCount: unreadCount)
        }
        start = 0
        end = unreadCount
    }

    /// Replaces the storage by one that holds at least `count` bytes, keeping the unread bytes.
    private func grow(toHold count: Int) {
        let capacity = min(Self.maximumCapacity, max(count, storage.count * 2))
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        let unreadCount = end - start
        if unreadCount > 0, let target = bigger.baseAddress, let base = storage.baseAddress {
            target.copyMemory(from: base + start, byteCount: unreadCount)
        }
        storage.deallocate()
        storage = bigger
        start = 0
        end = unreadCount
    }
}
