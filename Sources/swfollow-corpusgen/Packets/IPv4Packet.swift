/// An IPv4 datagram to emit (RFC 791), including fragments and options.
///
/// ```
/// |ver|ihl| tos  | total length  |
/// | identification |flg| offset  |
/// | ttl  | proto  | checksum      |
/// | source address                |
/// | destination address           |
/// | options… (padded to 32 bits)  |
/// ```
struct IPv4Packet {
    var source: [UInt8]
    var destination: [UInt8]
    var protocolNumber: UInt8 = 6
    var identification: UInt16 = 0
    var dontFragment = false
    var moreFragments = false
    /// Fragment offset in bytes (must be a multiple of 8 for well-formed fragments).
    var fragmentOffset = 0
    var ttl: UInt8 = 64
    var options: [UInt8] = []
    var payload: [UInt8]
    /// A header checksum to write instead of the correct one.
    var checksumOverride: UInt16?
    /// A total length to write instead of the real one (0, as segmentation offload leaves it).
    var totalLengthOverride: UInt16?

    /// The 12-byte TCP/UDP pseudo-header for an upper-layer length.
    static func pseudoHeader(source: [UInt8], destination: [UInt8], protocolNumber: UInt8, length: Int) -> [UInt8] {
        source + destination + [0, protocolNumber, UInt8(length >> 8), UInt8(length & 0xFF)]
    }

    /// Header plus payload.
    func emit() -> [UInt8] {
        var optionBytes = options
        while optionBytes.count % 4 != 0 { optionBytes.append(0) }
        let headerLength = 20 + optionBytes.count
        var out: [UInt8] = [0x40 | UInt8(headerLength / 4), 0]
        out.appendBE(totalLengthOverride ?? UInt16(headerLength + payload.count))
        out.appendBE(identification)
        var flagsAndOffset = UInt16(fragmentOffset / 8)
        if dontFragment { flagsAndOffset |= 0x4000 }
        if moreFragments { flagsAndOffset |= 0x2000 }
        out.appendBE(flagsAndOffset)
        out += [ttl, protocolNumber, 0, 0]
        out += source + destination + optionBytes
        out.storeBE(checksumOverride ?? InternetChecksum.compute(out), at: 10)
        return out + payload
    }

    /// Cuts this datagram's payload into fragments.
    /// - Parameter pieces: (byte offset, length, more-fragments flag) per fragment, in emit order;
    ///   overlaps, duplicates and several "last" fragments are allowed on purpose.
    /// - Parameter data: replacement bytes per piece (for overlaps that carry other data), by index.
    func fragments(_ pieces: [(offset: Int, length: Int, more: Bool)], data: [Int: [UInt8]] = [:]) -> [[UInt8]] {
        pieces.enumerated().map { index, piece in
            var fragment = self
            fragment.fragmentOffset = piece.offset
            fragment.moreFragments = piece.more
            let end = min(payload.count, piece.offset + piece.length)
            fragment.payload = data[index] ?? Array(payload[min(piece.offset, end)..<end])
            return fragment.emit()
        }
    }

    /// Even fragments of at most `size` payload bytes (a multiple of 8), in order.
    func fragments(size: Int) -> [[UInt8]] {
        let pieces = stride(from: 0, to: payload.count, by: size).map { offset in
            (offset: offset, length: size, more: offset + size < payload.count)
        }
        return fragments(pieces)
    }
}
