import PacketDecoding

/// Writes pcap files, little-endian: the 24-byte file header, then a 16-byte record header before
/// each frame's bytes (the layout ``PcapReader`` reads).
package enum PcapEncoder {
    /// Appends a file header: version 2.4, no time zone or sigfigs, with microsecond timestamps
    /// (magic `a1b2c3d4`) or nanosecond ones (`a1b23c4d`).
    package static func appendFileHeader(
        linkType: LinkType, snapshotLength: UInt32, nanosecond: Bool, to output: inout [UInt8]
    ) {
        output.appendLittleEndian(nanosecond ? PcapFileHeader.nanosecondMagic : PcapFileHeader.standardMagic)
        output.appendLittleEndian(UInt16(2))
        output.appendLittleEndian(UInt16(4))
        output.appendLittleEndian(UInt32(0))
        output.appendLittleEndian(UInt32(0))
        output.appendLittleEndian(snapshotLength)
        output.appendLittleEndian(linkType.rawValue)
    }

    /// Appends one record: its header (`seconds`, `fraction` in the file's unit, the captured
    /// length `data.count` and `originalLength`) and `data`.
    package static func appendRecord(
        seconds: UInt32, fraction: UInt32, originalLength: UInt32, data: UnsafeRawBufferPointer,
        to output: inout [UInt8]
    ) {
        output.appendLittleEndian(seconds)
        output.appendLittleEndian(fraction)
        output.appendLittleEndian(UInt32(truncatingIfNeeded: data.count))
        output.appendLittleEndian(originalLength)
        output.append(contentsOf: data)
    }
}
