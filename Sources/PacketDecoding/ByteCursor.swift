/// A bounds-checked view of one protocol layer: the bytes that were captured and the length tshark
/// believes the layer has (its tvbuff's *reported* length).
///
/// The two differ when the snap length cut the frame: `bytes` then ends early while
/// `reportedLength` still counts what was on the wire. Every read returns `nil` instead of trapping
/// when it would go past the captured bytes, the way tshark throws a bounds error.
package struct ByteCursor {
    /// The captured bytes of this layer (never more than `reportedLength`).
    package private(set) var bytes: UnsafeRawBufferPointer
    /// The layer's length on the wire as far as the enclosing headers say (at least `bytes.count`).
    package private(set) var reportedLength: Int

    /// A view of `bytes` whose wire length is `reportedLength`. Captured bytes beyond the reported
    /// length are left out, as tshark's tvbuffs never show more than their reported length.
    @inline(__always)
    package init(bytes: UnsafeRawBufferPointer, reportedLength: Int) {
        let reported = max(reportedLength, 0)
        self.bytes = bytes.count > reported ? UnsafeRawBufferPointer(rebasing: bytes[0..<reported]) : bytes
        self.reportedLength = reported
    }

    /// Number of captured bytes.
    @inline(__always)
    package var capturedLength: Int { bytes.count }

    /// The byte at `offset`, or nil when it was not captured.
    @inline(__always)
    package func uint8(at offset: Int) -> UInt8? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return bytes[offset]
    }

    /// The big-endian 16-bit value at `offset`, or nil when it was not captured.
    @inline(__always)
    package func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    /// The big-endian 32-bit value at `offset`, or nil when it was not captured.
    @inline(__always)
    package func uint32(at offset: Int) -> UInt32? {
        guard let high = uint16(at: offset), let low = uint16(at: offset + 2) else { return nil }
        return UInt32(high) << 16 | UInt32(low)
    }

    /// The big-endian 64-bit value at `offset`, or nil when it was not captured.
    @inline(__always)
    package func uint64(at offset: Int) -> UInt64? {
        guard let high = uint32(at: offset), let low = uint32(at: offset + 4) else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }

    /// The layer that starts `count` bytes in, or nil when `count` is negative or beyond the
    /// reported length. The result may have no captured bytes at all.
    @inline(__always)
    package func dropping(_ count: Int) -> ByteCursor? {
        guard count >= 0, count <= reportedLength else { return nil }
        let start = min(count, bytes.count)
        return ByteCursor(
            bytes: UnsafeRawBufferPointer(rebasing: bytes[start...]), reportedLength: reportedLength - count)
    }

    /// The same layer with its reported length cut to `length` when that is shorter, as tshark does
    /// when a header's own length field says the payload ends before the frame does.
    @inline(__always)
    package func limited(to length: Int) -> ByteCursor {
        length < reportedLength ? ByteCursor(bytes: bytes, reportedLength: length) : self
    }
}
