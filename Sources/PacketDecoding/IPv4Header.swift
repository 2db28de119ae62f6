/// The fields of an IPv4 header that decide where its payload goes, read the way tshark reads them.
///
/// ```
/// 0       4       8              16    19                 32
/// +-------+-------+---------------+---------------------------+
/// |version|  IHL  |      TOS      |       total length        |
/// |        identification         |flags|   fragment offset   |
/// |     TTL       |   protocol    |      header checksum      |
/// |                       source address                      |
/// |                     destination address                   |
/// |                 options (IHL > 5) ...                     |
/// ```
package struct IPv4Header {
    /// Header length from the IHL field, in bytes (20…60).
    package var headerLength: Int
    /// The datagram length tshark works with: the total length field, or the frame's reported
    /// length when the field is 0 (`ip.tso_support`: segmentation offload leaves it 0).
    package var totalLength: Int
    package var identification: UInt16
    package var hasMoreFragments: Bool
    /// Fragment offset in bytes.
    package var fragmentOffset: Int
    package var protocolNumber: UInt8
    package var source: UInt32
    /// The destination the payload belongs to: the last hop of a source route still in
    /// progress, otherwise the destination field.
    package var destination: UInt32

    /// Reads the header at the start of `packet`. Nil when it is not IPv4, its IHL is below 5,
    /// its total length is shorter than the header, or the header (options included) was not
    /// captured: tshark dissects nothing inside such a packet.
    package init?(_ packet: ByteCursor) {
        guard let versionAndLength = packet.uint8(at: 0), versionAndLength >> 4 == 4,
            let totalLengthField = packet.uint16(at: 2), let identification = packet.uint16(at: 4),
            let flagsAndOffset = packet.uint16(at: 6), let protocolNumber = packet.uint8(at: 9),
            let source = packet.uint32(at: 12), let destination = packet.uint32(at: 16)
        else { return nil }
        headerLength = Int(versionAndLength & 0x0F) * 4
        totalLength = totalLengthField == 0 ? packet.reportedLength : Int(totalLengthField)
        guard headerLength >= 20, totalLength >= headerLength, packet.capturedLength >= headerLength else {
            return nil
        }
        self.identification = identification
        hasMoreFragments = flagsAndOffset & 0x2000 != 0
        fragmentOffset = Int(flagsAndOffset & 0x1FFF) * 8
        self.protocolNumber = protocolNumber
        self.source = source
        self.destination = Self.sourceRouteDestination(packet, headerLength: headerLength) ?? destination
    }

    /// True for any fragment of a larger datagram (more fragments follow, or not the first).
    package var isFragment: Bool { hasMoreFragments || fragmentOffset != 0 }

    /// The final destination named by the first loose or strict source route option whose
    /// pointer still points at an address (tshark then shows and uses that address as `ip.dst`).
    /// Option parsing stops at End of Options or at a malformed length, as tshark's does.
    private static func sourceRouteDestination(_ packet: ByteCursor, headerLength: Int) -> UInt32? {
        var offset = 20
        while offset < headerLength, let type = packet.uint8(at: offset) {
            switch type {
            case 0:
                return nil
            case 1:
                offset += 1
                continue
            default:
                break
            }
            guard let length = packet.uint8(at: offset + 1).map(Int.init), length >= 2,
                offset + length <= headerLength
            else { return nil }
            if type == 0x83 || type == 0x89, let route = routeDestination(packet, at: offset, length: length) {
                return route
            }
            offset += length
        }
        return nil
    }

    /// The last address of an LSRR/SSRR option when its pointer (1-based, at byte 2) is on an
    /// address boundary inside the list.
    private static func routeDestination(_ packet: ByteCursor, at offset: Int, length: Int) -> UInt32? {
        guard length >= 7, (length - 3) % 4 == 0, let pointer = packet.uint8(at: offset + 2).map(Int.init),
            pointer >= 4, pointer % 4 == 0, pointer <= length - 3
        else { return nil }
        return packet.uint32(at: offset + length - 4)
    }
}
