/// Reads unaligned integers at byte offsets from a block or record, in the file's byte order.
struct FieldReader {
    /// The first byte of the structure being read.
    let base: UnsafeRawPointer
    /// Whether the file was written with the other byte order than this machine's.
    let swapped: Bool

    /// The integer of type `T` at `offset`.
    @inline(__always)
    func integer<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        let value = base.loadUnaligned(fromByteOffset: offset, as: T.self)
        return swapped ? value.byteSwapped : value
    }

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
}
