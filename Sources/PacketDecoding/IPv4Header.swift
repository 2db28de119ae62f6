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
    /// The destination the payload belongs to: the last 4 bytes of the first source route
    /// option when its pointer is valid, otherwise the destination field.
    package var destination: UInt32
    /// Whether the first source route option's pointer is valid, making its last 4 bytes
    /// ``destination`` (tshark then shows no `ip.dst` for the destination field).
    package var hasSourceRoute: Bool
    /// True when an option is too short for what tshark's dissector of its type reads (a
    /// Security option of length 2, a Timestamp of 3, …): tshark then reports the packet as
    /// malformed and dissects nothing after the IPv4 header.
    package var hasMalformedOption: Bool

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
        hasMalformedOption = headerLength > 20 && Self.overrunningOption(packet, headerLength: headerLength) != nil
        let route = Self.sourceRouteDestination(packet, headerLength: headerLength)
        hasSourceRoute = route != nil
        self.destination = route ?? destination
    }

    /// Calls `body` with each `ip.dst` tshark shows for the header at the start of `packet`, in
    /// order, until it returns false: the destination field unless a source route is in progress,
    /// then the last hop of each loose or strict source route option whose dissector reaches it
    /// (a valid pointer, a length of 7 + 4k, and no malformed option before it).
    /// - Returns: False when `body` did.
    package func forEachDestinationField(in packet: ByteCursor, _ body: (UInt32) -> Bool) -> Bool {
        if !hasSourceRoute, let field = packet.uint32(at: 16), !body(field) { return false }
        guard headerLength > 20 else { return true }
        let end = Self.overrunningOption(packet, headerLength: headerLength) ?? headerLength
        let ending = Self.walkOptions(packet, headerLength: headerLength, end: end) { type, offset, length in
            guard type == 0x83 || type == 0x89, length >= 7, (length - 3) % 4 == 0,
                let hop = Self.routeDestination(packet, at: offset, length: length)
            else { return true }
            return body(hop)
        }
        return ending != .stopped
    }

    /// True for any fragment of a larger datagram (more fragments follow, or not the first).
    package var isFragment: Bool { hasMoreFragments || fragmentOffset != 0 }

    /// The final destination named by the first loose or strict source route option, when its
    /// pointer still points into it (tshark's conversation address). Option parsing stops at
    /// End of Options or at a malformed length, as tshark's does.
    private static func sourceRouteDestination(_ packet: ByteCursor, headerLength: Int) -> UInt32? {
        var destination: UInt32?
        walkOptions(packet, headerLength: headerLength) { type, offset, length in
            guard type == 0x83 || type == 0x89 else { return true }
            // The first source route decides, whether or not its pointer is valid.
            destination = routeDestination(packet, at: offset, length: length)
            return false
        }
        return destination
    }

    /// How a walk over the options ended (``walkOptions(_:headerLength:end:_:)``).
    package enum OptionWalkEnd {
        /// At the end of the options (or at `end`), End of Options, or a bad length.
        case finished
        /// The visitor stopped it.
        case stopped
        /// A type or length byte inside the header was not captured (the snap length cut it).
        case cut
    }

    /// Walks the options as tshark's option walk does, calling `visit` with each option's type,
    /// offset and length until it returns false: NOPs are skipped, and End of Options ends the
    /// walk, as do a length byte past the header, a length below 2 and one running past the
    /// header (tshark flags those but still dissects the payload). Options starting at `end` or
    /// later are not visited.
    @discardableResult
    package static func walkOptions(
        _ packet: ByteCursor, headerLength: Int, end: Int? = nil, _ visit: (UInt8, Int, Int) -> Bool
    ) -> OptionWalkEnd {
        var offset = 20
        while offset < end ?? headerLength {
            guard let type = packet.uint8(at: offset) else { return .cut }
            switch type {
            case 0:
                return .finished
            case 1:
                offset += 1
                continue
            default:
                break
            }
            guard offset + 1 < headerLength else { return .finished }
            guard let length = packet.uint8(at: offset + 1).map(Int.init) else { return .cut }
            guard length >= 2, offset + length <= headerLength else { return .finished }
            guard visit(type, offset, length) else { return .stopped }
            offset += length
        }
        return .finished
    }

    /// The last 4 bytes of an LSRR/SSRR option whose pointer (1-based, at byte 2) is on a 4-byte
    /// boundary from 4 to the option's length: tshark's test, which checks neither the length's
    /// shape nor that the pointer leaves an address after it.
    private static func routeDestination(_ packet: ByteCursor, at offset: Int, length: Int) -> UInt32? {
        guard let pointer = packet.uint8(at: offset + 2).map(Int.init), pointer >= 4, pointer % 4 == 0,
            pointer <= length
        else { return nil }
        return packet.uint32(at: offset + length - 4)
    }

    /// Where the first option tshark's dissectors read past the end of starts, in tshark's walk
    /// (``walkOptions(_:headerLength:end:_:)``); nil when none does.
    private static func overrunningOption(_ packet: ByteCursor, headerLength: Int) -> Int? {
        var overrunning: Int?
        walkOptions(packet, headerLength: headerLength) { type, offset, length in
            guard length < minimumLength(ofOption: type, packet, at: offset, length: length)
                || (type == 0x86 && cipsoOverruns(packet, at: offset, length: length))
            else { return true }
            overrunning = offset
            return false
        }
        return overrunning
    }

    /// The shortest option of `type` whose dissector stays inside it (2 for options tshark has no
    /// dissector for).
    private static func minimumLength(ofOption type: UInt8, _ packet: ByteCursor, at offset: Int, length: Int) -> Int {
        switch type {
        case 0x82, 0x83, 0x85, 0x07, 0x89:
            // Security (class byte), LSRR, Extended Security, Record Route, SSRR (pointer byte).
            return 3
        case 0x44, 0x88, 0x0B, 0x0C, 0x94:
            // Timestamp (pointer, flags), Stream ID, MTU Probe, MTU Reply, Router Alert (2-byte values).
            return 4
        case 0x86:
            // CIPSO: the 4-byte domain of interpretation.
            return 6
        case 0x52:
            // Traceroute: ID, outbound and return hop counts, originator.
            return 12
        case 0x19:
            // Quick-Start: the function byte, then for a rate request (0) or report (8) the rest.
            guard length >= 3, let function = packet.uint8(at: offset + 2).map({ $0 >> 4 }) else { return 3 }
            return function == 0 || function == 8 ? 8 : 3
        default:
            return 2
        }
    }

    /// Whether tshark's CIPSO tag walk reads past the option (`length` bytes at `start`, at least
    /// 6). It accepts a tag one byte longer than what is left, then reads it; an unknown tag type
    /// in the last byte makes it read the tag length past the end; category lists of an odd
    /// length leave the walk on their last byte.
    private static func cipsoOverruns(_ packet: ByteCursor, at start: Int, length: Int) -> Bool {
        var offset = 6
        while offset < length, let tag = packet.uint8(at: start + offset) {
            let tagLength = offset + 1 < length ? Int(packet.uint8(at: start + offset + 1) ?? 0) : 1
            switch tag {
            case 0:
                offset += 1
                continue
            case 1, 2, 5, 6, 7:
                guard tagLength >= (tag == 7 ? 2 : 4), tagLength <= 34, offset + tagLength - 1 <= length else {
                    return false
                }
            default:
                return offset + 1 == length
            }
            if tag == 6 || tag == 7 || tag == 1 {
                // The tag's data (after a 2-byte header, or the alignment and level bytes) is read whole.
                guard offset + tagLength <= length else { return true }
                offset += tagLength
                continue
            }
            // Enumerated (2) or ranged (5) categories: the sensitivity level, then 2-byte values.
            guard offset + 4 <= length else { return true }
            let categoriesEnd = offset + tagLength
            offset += 4
            while offset + 2 <= categoriesEnd {
                guard offset + 2 <= length else { return true }
                if tag == 5, offset + 4 <= categoriesEnd {
                    guard offset + 4 <= length else { return true }
                    offset += 4
                } else {
                    offset += 2
                }
            }
        }
        return false
    }
}
