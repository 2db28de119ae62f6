/// Writes pcapng files, little-endian: a Section Header Block, Interface Description Blocks and
/// Enhanced Packet Blocks (the blocks ``PcapngReader`` reads, with only the options needed to
/// read the same timestamps back).
package enum PcapngEncoder {
    /// Appends a Section Header Block of version 1.0, section length unknown, no options.
    package static func appendSectionHeader(to output: inout [UInt8]) {
        output.appendLittleEndian(PcapngReader.sectionHeaderType)
        output.appendLittleEndian(UInt32(28))
        output.appendLittleEndian(PcapngReader.byteOrderMagic)
        output.appendLittleEndian(UInt16(1))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt64.max)
        output.appendLittleEndian(UInt32(28))
    }

    /// Appends an Interface Description Block for `interface`: its link type and snapshot length,
    /// `if_name` and `if_filter` (a libpcap filter string) when given, and its `if_tsresol` and
    /// `if_tsoffset` when it has them.
    package static func appendInterfaceDescription(
        _ interface: CaptureInterface, name: String? = nil, filter: String? = nil, to output: inout [UInt8]
    ) {
        let start = output.count
        output.appendLittleEndian(UInt32(1))
        output.appendLittleEndian(UInt32(0))  // total length, set below
        output.appendLittleEndian(UInt16(truncatingIfNeeded: interface.linkType.rawValue))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(interface.snapshotLength)
        var options: [(code: UInt16, value: [UInt8])] = []
        if let name { options.append((2, Array(name.utf8))) }
        if let resolution = interface.timestampResolution { options.append((9, [resolution])) }
        if let filter { options.append((11, [0] + Array(filter.utf8))) }
        if let offset = interface.timestampOffset {
            options.append((14, withUnsafeBytes(of: offset.littleEndian, Array.init)))
        }
        for option in options {
            output.appendLittleEndian(option.code)
            output.appendLittleEndian(UInt16(truncatingIfNeeded: option.value.count))
            output.append(contentsOf: option.value)
            output.padToFourBytes()
        }
        if !options.isEmpty {
            output.appendLittleEndian(UInt32(0))  // opt_endofopt
        }
        finishBlock(startingAt: start, in: &output)
    }

    /// Appends an Enhanced Packet Block: `data` captured on interface `interfaceID` of the
    /// section, `units` the timestamp in that interface's units.
    package static func appendEnhancedPacket(
        interfaceID: UInt32, units: UInt64, originalLength: UInt32, data: UnsafeRawBufferPointer,
        to output: inout [UInt8]
    ) {
        let start = output.count
        output.appendLittleEndian(UInt32(6))
        output.appendLittleEndian(UInt32(0))  // total length, set below
        output.appendLittleEndian(interfaceID)
        output.appendLittleEndian(UInt32(truncatingIfNeeded: units >> 32))
        output.appendLittleEndian(UInt32(truncatingIfNeeded: units))
        output.appendLittleEndian(UInt32(truncatingIfNeeded: data.count))
        output.appendLittleEndian(originalLength)
        output.append(contentsOf: data)
        output.padToFourBytes()
        finishBlock(startingAt: start, in: &output)
    }

    /// Appends the trailing total length of the block that starts at `start` and sets the
    /// leading one.
    private static func finishBlock(startingAt start: Int, in output: inout [UInt8]) {
        let length = UInt32(truncatingIfNeeded: output.count - start + 4)
        output.appendLittleEndian(length)
        withUnsafeBytes(of: length.littleEndian) { bytes in
            for (offset, byte) in bytes.enumerated() { output[start + 4 + offset] = byte }
        }
    }
}
