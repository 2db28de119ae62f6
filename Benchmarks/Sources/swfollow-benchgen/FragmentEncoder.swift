/// Encodes an IPv4 fragment as Ethernet + IPv4 (20-byte header, valid checksum) + the fragment's
/// bytes, for the fragment floods of the adversarial captures.
struct FragmentEncoder {
    /// One fragment: the datagram it belongs to (addresses, identification), where its bytes go
    /// and whether more follow.
    struct Fragment {
        var source: UInt32
        var destination: UInt32
        var identification: UInt16
        /// In bytes; a multiple of 8.
        var offset: Int
        /// The More Fragments flag.
        var moreFragments: Bool
    }

    private var frame: [UInt8] = []

    /// The frame for `fragment` carrying `data` (IP protocol 6, TCP). The result is valid until
    /// the next call.
    mutating func encode(_ fragment: Fragment, data: ArraySlice<UInt8>) -> [UInt8] {
        frame.removeAll(keepingCapacity: true)
        frame += [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]
        let ipStart = frame.count
        let flagsAndOffset = (fragment.moreFragments ? 0x2000 : 0) | fragment.offset / 8
        frame += [0x45, 0]
        frame.appendBigEndian(UInt16(truncatingIfNeeded: 20 + data.count))
        frame.appendBigEndian(UInt16(truncatingIfNeeded: Int(fragment.identification)))
        frame.appendBigEndian(UInt16(truncatingIfNeeded: flagsAndOffset))
        frame += [64, 6, 0, 0]
        frame.appendBigEndian(fragment.source)
        frame.appendBigEndian(fragment.destination)
        let checksum = FrameEncoder.checksum(frame[ipStart..<frame.count], initial: 0)
        frame[ipStart + 10] = UInt8(checksum >> 8)
        frame[ipStart + 11] = UInt8(checksum & 0xFF)
        frame += data
        return frame
    }
}
