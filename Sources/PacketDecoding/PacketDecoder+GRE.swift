/// GRE (IP protocol 47) and ERSPAN, the GRE payloads that can carry TCP.
extension PacketDecoder {
    private static let greChecksum: UInt16 = 0x8000
    private static let greRouting: UInt16 = 0x4000
    private static let greKey: UInt16 = 0x2000
    private static let greSequence: UInt16 = 0x1000
    /// Enhanced GRE (version 1, PPTP) acknowledgment number present.
    private static let greAcknowledgment: UInt16 = 0x0080

    /// GRE: flags and version, protocol type (an EtherType), then the optional fields the flags
    /// announce (checksum and offset, key, sequence number, PPTP's acknowledgment) and, with the
    /// routing bit, a list of source route entries ending in an empty one. tshark checks no
    /// version; WCCP (0x883E) adds a 4-byte WCCPv2 redirect header after all that when the byte
    /// after the first 4 is not an IPv4 version nibble.
    mutating func dissectGRE(_ packet: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let flags = packet.uint16(at: 0), let proto = packet.uint16(at: 2),
            var headerLength = Self.greHeaderLength(packet, flags: flags, proto: proto)
        else { return nil }
        if proto == 0x883E, let first = packet.uint8(at: 4), first & 0xF0 != 0x40 {
            headerLength += 4
        }
        guard let payload = packet.dropping(headerLength) else { return nil }
        return dissectGREProtocol(proto, payload, context, hasSequenceNumber: flags & Self.greSequence != 0)
    }

    /// The payload of a GRE protocol type (tshark's `gre.proto` table), also reached from a Linux
    /// cooked capture of an `ipgre` interface (with no GRE header: `hasSequenceNumber` false).
    /// ERSPAN 0x88BE has its header only with a GRE sequence number; 0x22EB always has one.
    mutating func dissectGREProtocol(
        _ proto: UInt16, _ payload: ByteCursor, _ context: DissectionContext, hasSequenceNumber: Bool
    ) -> TCPSegment? {
        switch proto {
        case 0x0800, 0x883E:
            return dissectIP(payload, context)
        case 0x86DD:
            return dissectIPv6(payload, context)
        case 0x6558, 0x6400:
            return dissectEthernet(payload, context)
        case 0x88BE:
            return dissectERSPAN(payload, context, hasHeader: hasSequenceNumber)
        case 0x22EB:
            return dissectERSPAN(payload, context, hasHeader: true)
        case 0x880B:
            return dissectPPP(payload, context, allowsAddressAndControl: true)
        case 0x8847, 0x8848:
            return dissectMPLS(payload, context)
        default:
            return nil
        }
    }

    /// Length of the GRE header, optional fields and routing entries included. The
    /// acknowledgment bit counts only in PPTP's enhanced header: protocol PPP with any non-zero
    /// version (tshark's test; the 3GPP2 protocols it also treats so carry no TCP here).
    private static func greHeaderLength(_ packet: ByteCursor, flags: UInt16, proto: UInt16) -> Int? {
        var length = 4
        if flags & (greChecksum | greRouting) != 0 { length += 4 }
        if flags & greKey != 0 { length += 4 }
        if flags & greSequence != 0 { length += 4 }
        if proto == 0x880B && flags & 0x0007 != 0 && flags & greAcknowledgment != 0 { length += 4 }
        guard flags & greRouting != 0 else { return length }
        // Source route entries: family (2), offset (1), length (1), then `length` bytes.
        while let family = packet.uint16(at: length), let entryLength = packet.uint8(at: length + 3) {
            length += 4 + Int(entryLength)
            if family == 0 && entryLength == 0 {
                return length
            }
        }
        return nil
    }

    /// ERSPAN: without a header (0x88BE without a GRE sequence number) it is type I, bare
    /// Ethernet; otherwise the version nibble picks type II (8-byte header) or type III (12
    /// bytes, plus an 8-byte platform sub-header when its O bit is set, and an Ethernet frame only
    /// when its frame type, bits 0x7C00 of bytes 10-11, is 0). tshark gives up on other versions.
    private mutating func dissectERSPAN(
        _ packet: ByteCursor, _ context: DissectionContext, hasHeader: Bool
    ) -> TCPSegment? {
        guard hasHeader else { return dissectEthernet(packet, context) }
        let headerLength: Int
        switch packet.uint8(at: 0).map({ $0 >> 4 }) {
        case 1:
            headerLength = 8
        case 2:
            guard let word = packet.uint16(at: 10), word & 0x7C00 == 0 else { return nil }
            headerLength = word & 1 == 1 ? 20 : 12
        default:
            return nil
        }
        guard let frame = packet.dropping(headerLength) else { return nil }
        return dissectEthernet(frame, context)
    }
}
