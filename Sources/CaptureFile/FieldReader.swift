/// A bounded view of bytes read from a capture (a record, a block, an option list, an option
/// value): unaligned integers at byte offsets in the file's byte order, and checked sub-ranges.
///
/// This is the only way the readers reach capture bytes. Whatever a length field says, a range
/// is made only after `slice(at:count:)` has checked it against the bytes really present here,
/// negative and overflowing values included, so a bad length becomes an error, never a pointer
/// outside the buffer (`UnsafeRawBufferPointer` does not check its subscripts in release builds).
struct FieldReader {
    /// The bytes this view may read, and no more.
    let bytes: UnsafeRawBufferPointer
    /// Whether the file was written with the other byte order than this machine's.
    let swapped: Bool

    /// Number of bytes in the view.
    @inline(__always)
    var count: Int { bytes.count }

    /// The integer of type `T` at `offset`.
    ///
    /// Offsets are the readers' own constants or positions they have already checked against a
    /// length, so one outside the view is a bug in the reader: it stops the program rather than
    /// reading memory that is not the capture's.
    @inline(__always)
    func integer<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        precondition(
            offset >= 0 && offset <= bytes.count &- MemoryLayout<T>.size, "capture field read outside its bytes")
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        return swapped ? value.byteSwapped : value
    }

    /// The byte at `offset`.
    @inline(__always)
    func uint8(at offset: Int) -> UInt8 { integer(UInt8.self, at: offset) }

    /// The 16-bit field at `offset`.
    @inline(__always)
    func uint16(at offset: Int) -> UInt16 { integer(UInt16.self, at: offset) }

    /// The 32-bit field at `offset`.
    @inline(__always)
    func uint32(at offset: Int) -> UInt32 { integer(UInt32.self, at: offset) }

    /// The 64-bit field at `offset`.
    @inline(__always)
    func uint64(at offset: Int) -> UInt64 { integer(UInt64.self, at: offset) }

    /// The 64-bit value stored as a high 32-bit word at `offset` followed by a low word
    /// (pcapng packet timestamps).
    @inline(__always)
    func splitUInt64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) << 32 | UInt64(uint32(at: offset + 4))
    }

    /// The same bytes, read little-endian whatever the section's byte order (Netflix blocks).
    var littleEndian: FieldReader {
        FieldReader(bytes: bytes, swapped: UInt16(littleEndian: 1) != 1)
    }

    /// The `count` bytes at `offset`, in the same byte order; nil unless all of them lie inside
    /// this view (a negative offset or count, or one whose sum overflows, is never inside).
    @inline(__always)
    func slice(at offset: Int, count: Int) -> FieldReader? {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
        return FieldReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), swapped: swapped)
    }

    /// The bytes from `offset` to the end of the view; nil when `offset` is not inside it
    /// (`count` itself is inside: the result is then empty).
    @inline(__always)
    func suffix(from offset: Int) -> FieldReader? {
        slice(at: offset, count: bytes.count &- offset)
    }
}
