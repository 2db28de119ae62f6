import DisplayFilter
import PacketDecoding

/// Ethernet, 802.1Q, IPv4 and IPv6 fields, read from the headers the decoder recorded.
extension FrameFieldView {
    /// `eth.*` and `vlan.id`. `eth.addr` lists the destination first, as tshark's tree does.
    func forEachLinkValue(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        if field == .vlanID {
            // A tag with no header length is one tshark shows but does not dissect: no `vlan.id`.
            forEachLayer(.vlan) { layer, bytes, occurrence in
                guard layer.headerLength > 0, bytes.count >= 2 else { return true }
                return body(.unsigned((UInt32(bytes[0]) << 8 | UInt32(bytes[1])) & 0x0FFF), occurrence)
            }
            return
        }
        forEachHeader(.ethernet) { header, occurrence in
            guard let destination = Self.macAddress(header, at: 0), let source = Self.macAddress(header, at: 6)
            else { return true }
            switch field {
            case .ethernetSource: return body(.ether(source), occurrence)
            case .ethernetDestination: return body(.ether(destination), occurrence)
            default: return body(.ether(destination), occurrence) && body(.ether(source), occurrence)
            }
        }
    }

    /// The 6-byte MAC address at `offset`.
    private static func macAddress(_ header: ByteCursor, at offset: Int) -> UInt64? {
        guard let high = header.uint16(at: offset), let low = header.uint32(at: offset + 2) else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }

    /// `ip.*`. `ip.dst` lists what tshark shows (``IPv4Header/forEachDestinationField(in:_:)``):
    /// the final hop of a source route in progress rather than the destination field;
    /// `ip.frag_offset` is in 8-byte units, as the header has it; `ip.len` is the length tshark
    /// presumes for a total length of 0 (TSO), the layer's length on the wire. A header whose
    /// total length is below its header length has `ip.len` only.
    func forEachIPv4Value(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        forEachHeader(.ipv4) { header, occurrence in
            guard let parsed = IPv4Header(header), let flagsAndOffset = header.uint16(at: 6),
                let ttl = header.uint8(at: 8)
            else {
                guard field == .ipv4Address else {
                    return Self.partialIPv4Value(field, header).map { body($0, occurrence) } ?? true
                }
                if let source = Self.partialIPv4Value(.ipv4Source, header), !body(source, occurrence) { return false }
                return Self.partialIPv4Value(.ipv4Destination, header).map { body($0, occurrence) } ?? true
            }
            switch field {
            case .ipv4Source: return body(.ipv4(parsed.source), occurrence)
            case .ipv4Destination:
                return parsed.forEachDestinationField(in: header) { body(.ipv4($0), occurrence) }
            case .ipv4Address:
                guard body(.ipv4(parsed.source), occurrence) else { return false }
                return parsed.forEachDestinationField(in: header) { body(.ipv4($0), occurrence) }
            case .ipv4Protocol: return body(.unsigned(UInt32(parsed.protocolNumber)), occurrence)
            case .ipv4TTL: return body(.unsigned(UInt32(ttl)), occurrence)
            case .ipv4Length: return body(.unsigned(UInt32(clamping: parsed.totalLength)), occurrence)
            case .ipv4MoreFragments: return body(.boolean(flagsAndOffset & 0x2000 != 0), occurrence)
            default: return body(.unsigned(UInt32(flagsAndOffset & 0x1FFF)), occurrence)
            }
        }
    }

    /// A field of an IPv4 header tshark gave up on (see `recordBogusIPv4`): fields come in header
    /// order up to the first one it could not read. An IHL below 5 leaves none; a non-zero total
    /// length below the header length ends them at `ip.len`; a header the snap length cut has
    /// those captured whole, and `ip.dst` once the source-route walk over the options stayed in
    /// the captured bytes.
    private static func partialIPv4Value(_ field: FrameField, _ header: ByteCursor) -> FieldValue? {
        guard let first = header.uint8(at: 0), first & 0x0F >= 5, let lengthField = header.uint16(at: 2) else {
            return nil
        }
        let headerLength = Int(first & 0x0F) * 4
        if field == .ipv4Length {
            return .unsigned(UInt32(clamping: lengthField == 0 ? header.reportedLength : Int(lengthField)))
        }
        guard lengthField == 0 || Int(lengthField) >= headerLength else { return nil }
        switch field {
        case .ipv4MoreFragments: return header.uint16(at: 6).map { .boolean($0 & 0x2000 != 0) }
        case .ipv4FragmentOffset: return header.uint16(at: 6).map { .unsigned(UInt32($0 & 0x1FFF)) }
        case .ipv4TTL: return header.uint8(at: 8).map { .unsigned(UInt32($0)) }
        case .ipv4Protocol: return header.uint8(at: 9).map { .unsigned(UInt32($0)) }
        case .ipv4Source: return header.uint32(at: 12).map { .ipv4($0) }
        case .ipv4Destination: return partialIPv4Destination(header, headerLength: headerLength).map { .ipv4($0) }
        default: return nil
        }
    }

    /// `ip.dst` of a cut IPv4 header: tshark walks the options for a source route before adding
    /// it, and a read past the captured bytes ends the dissection first.
    private static func partialIPv4Destination(_ header: ByteCursor, headerLength: Int) -> UInt32? {
        guard let destination = header.uint32(at: 16) else { return nil }
        var shown: UInt32? = destination
        let ending = IPv4Header.walkOptions(header, headerLength: headerLength) { type, offset, length in
            guard type == 0x83 || type == 0x89 else { return true }
            // The first source route ends the walk: an invalid pointer leaves the destination
            // field; a route in progress shows `ip.dst` only if its option's dissector gets there.
            guard let pointer = header.uint8(at: offset + 2).map(Int.init) else {
                shown = nil
                return false
            }
            guard pointer >= 4, pointer & 3 == 0, pointer <= length else { return false }
            shown =
                length >= 7 && (length - 3) % 4 == 0 && offset + length <= header.capturedLength
                ? header.uint32(at: offset + length - 4) : nil
            return false
        }
        return ending == .cut ? nil : shown
    }

    /// `ipv6.*`, from the fixed header.
    func forEachIPv6Value(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        forEachHeader(.ipv6) { header, occurrence in
            guard let sourceHigh = header.uint64(at: 8), let sourceLow = header.uint64(at: 16),
                let destinationHigh = header.uint64(at: 24), let destinationLow = header.uint64(at: 32),
                let nextHeader = header.uint8(at: 6), let hopLimit = header.uint8(at: 7)
            else { return true }
            let source = FieldValue.ipv6(high: sourceHigh, low: sourceLow)
            let destination = FieldValue.ipv6(high: destinationHigh, low: destinationLow)
            switch field {
            case .ipv6Source: return body(source, occurrence)
            case .ipv6Destination: return body(destination, occurrence)
            case .ipv6Address: return body(source, occurrence) && body(destination, occurrence)
            case .ipv6NextHeader: return body(.unsigned(UInt32(nextHeader)), occurrence)
            default: return body(.unsigned(UInt32(hopLimit)), occurrence)
            }
        }
    }
}
