import DisplayFilter
import PacketDecoding

/// Ethernet, 802.1Q, IPv4 and IPv6 fields, read from the headers the decoder recorded.
extension FrameFieldView {
    /// `eth.*` and `vlan.id`. `eth.addr` lists the destination first, as tshark's tree does.
    func forEachLinkValue(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        if field == .vlanID {
            forEachHeader(.vlan) { tag, occurrence in
                tag.uint16(at: 0).map { body(.unsigned(UInt32($0 & 0x0FFF)), occurrence) } ?? true
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

    /// `ip.*`. `ip.dst` is the final hop of a source route in progress, as tshark shows it;
    /// `ip.frag_offset` is in 8-byte units, as the header has it; `ip.len` is the length tshark
    /// presumes for a total length of 0 (TSO), the layer's length on the wire. A header whose
    /// total length is below its header length has `ip.len` only.
    func forEachIPv4Value(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        forEachHeader(.ipv4) { header, occurrence in
            guard let parsed = IPv4Header(header), let flagsAndOffset = header.uint16(at: 6),
                let ttl = header.uint8(at: 8)
            else {
                // A header tshark gave up on: `ip.len` exists when the IHL was at least 5.
                guard field == .ipv4Length, let first = header.uint8(at: 0), first & 0x0F >= 5,
                    let totalLength = header.uint16(at: 2)
                else { return true }
                return body(.unsigned(UInt32(totalLength)), occurrence)
            }
            switch field {
            case .ipv4Source: return body(.ipv4(parsed.source), occurrence)
            case .ipv4Destination: return body(.ipv4(parsed.destination), occurrence)
            case .ipv4Address:
                return body(.ipv4(parsed.source), occurrence) && body(.ipv4(parsed.destination), occurrence)
            case .ipv4Protocol: return body(.unsigned(UInt32(parsed.protocolNumber)), occurrence)
            case .ipv4TTL: return body(.unsigned(UInt32(ttl)), occurrence)
            case .ipv4Length: return body(.unsigned(UInt32(clamping: parsed.totalLength)), occurrence)
            case .ipv4MoreFragments: return body(.boolean(flagsAndOffset & 0x2000 != 0), occurrence)
            default: return body(.unsigned(UInt32(flagsAndOffset & 0x1FFF)), occurrence)
            }
        }
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
