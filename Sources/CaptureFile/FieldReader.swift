/// Reads unaligned integers at byte offsets from a block or record, in the file's byte order.
struct FieldReader {
    /// The first byte of the structure being read.
    let base: UnsafeRawPointer
    /// Whether the file was written with the other byte order than this machine's.
    let swapped: Bool

    /// The 16-bit field at `offset`.
    @inline(__always)
    func uint16(at offset: Int) -> UInt16 {
        let value = base.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return swapped ? value.byteSwapped : value
    }

    /// The 32-bit field at `offset`.
    @inline(__always)
    func uint32(at offset: Int) -> UInt32 {
        let value = base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return swapped ? value.byteSwapped : value
    }

    /// The 64-bit field at `offset`.
    @inline(__always)
    func uint64(at offset: Int) -> UInt64 {
        let value = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        return swapped ? value.byteSwapped : value
    }

    /// The 64-bit value stored as a high 32-bit word at `offset` followed by a low word
    /// (pcapng packet timestamps).
    @inline(__always)
    func splitUInt64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) << 32 | UInt64(uint32(at: offset + 4))
    }
}
