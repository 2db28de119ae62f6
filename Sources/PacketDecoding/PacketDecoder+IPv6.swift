/// IPv6 and its extension headers.
extension PacketDecoder {
    /// Smallest Jumbo Payload length tshark accepts (RFC 2675: anything smaller is an error).
    private static let minimumJumboLength = 65536

    /// An IPv6 packet (`ipv6` in tshark: the version nibble must be 6).
    ///
    /// ```
    /// 0                 4               12              16        24        32
    /// | version | class |   flow label                                       |
    /// |      payload length              | next header     | hop limit        |
    /// |                      source address (16)                               |
    /// |                    destination address (16)                            |
    /// ```
    ///
    /// The payload length bounds everything inside; 0 is valid only with a Hop-by-Hop Jumbo
    /// Payload option above 65535 (BIG TCP), and otherwise leaves nothing to dissect.
    mutating func dissectIPv6(_ packet: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard var context = context.entering(), packet.uint8(at: 0).map({ $0 >> 4 }) == 6,
            let payloadLength = packet.uint16(at: 4), let nextHeader = packet.uint8(at: 6),
            let sourceHigh = packet.uint64(at: 8), let sourceLow = packet.uint64(at: 16),
            let destinationHigh = packet.uint64(at: 24), let destinationLow = packet.uint64(at: 32),
            let afterHeader = packet.dropping(40)
        else { return nil }
        context.isUnreassembledFirstFragment = false
        var declaredLength = Int(payloadLength)
        if payloadLength == 0, nextHeader == 0, let jumbo = Self.jumboPayloadLength(afterHeader),
            jumbo >= Self.minimumJumboLength
        {
            declaredLength = jumbo
        }
        recordLayer(.ipv6, packet.limited(to: 40 + declaredLength).bytes, headerLength: 40, context)
        let addresses = AddressPair(
            source: .v6(high: sourceHigh, low: sourceLow), destination: .v6(high: destinationHigh, low: destinationLow))
        recorder.record.pointee.tapEndpoints.addresses = addresses
        guard declaredLength > 0 else { return nil }
        let chain = ExtensionChain(
            addresses: addresses,
            isInsideIPv6: true,
            isCapturedWhole: packet.capturedLength - 40 >= declaredLength)
        return dissectExtensionHeaders(nextHeader, afterHeader.limited(to: declaredLength), chain, context)
    }

    /// Walks Hop-by-Hop, Routing, Fragment, Destination Options and AH headers, then dispatches
    /// the upper-layer protocol. No Next Header (59), ESP (50) and unknown headers end it.
    ///
    /// tshark also dissects these headers after an IPv4 header (IP protocols 0, 43, 44, 60);
    /// there a Fragment header is merely skipped and a routing header changes no address.
    mutating func dissectExtensionHeaders(
        _ firstHeader: UInt8, _ firstPayload: ByteCursor, _ chain: ExtensionChain, _ outerContext: DissectionContext
    ) -> TCPSegment? {
        var chain = chain
        let fragmentAddresses = chain.addresses
        var next = firstHeader
        var payload = firstPayload
        var context = outerContext
        while true {
            guard let inner = context.entering() else { return nil }
            context = inner
            switch next {
            case 0, 43, 60:
                // Options and routing headers: length in 8-byte units, not counting the first 8.
                guard let following = payload.uint8(at: 0), let units = payload.uint8(at: 1) else { return nil }
                let length = (Int(units) + 1) * 8
                guard payload.capturedLength >= length, let rest = payload.dropping(length) else { return nil }
                if next == 43 {
                    guard Self.routingHeaderHoldsItsAddresses(payload, length: length) else { return nil }
                } else {
                    guard let options = Self.walkOptions(payload, headerLength: length) else { return nil }
                    if let home = options.homeAddress {
                        chain.addresses.source = home
                    }
                }
                // Each routing header with segments left sets the destination again: the last wins.
                if next == 43 && chain.isInsideIPv6, let destination = Self.routingDestination(payload, length: length)
                {
                    chain.addresses.destination = destination
                }
                next = following
                payload = rest
            case 44:
                guard let (following, rest) = dissectFragmentHeader(payload, chain, fragmentAddresses, &context)
                else { return nil }
                next = following
                payload = rest
            case 51:
                guard let following = payload.uint8(at: 0), let words = payload.uint8(at: 1),
                    let rest = payload.dropping((Int(words) + 2) * 4)
                else { return nil }
                next = following
                payload = rest
            default:
                return dissectIPPayload(next, payload, chain.addresses, context)
            }
        }
    }

    /// An IPv6 Fragment header: the next header it names, and what follows it. That is the rest of
    /// the packet for an atomic fragment (offset 0, no more fragments) or after an IPv4 header
    /// (tshark just skips it there), the reassembled datagram when this fragment completes one,
    /// and with `ipv6.defragment` off the first fragment's bytes, whose TCP length is then
    /// unknown. Nil for everything else, including fragments not captured whole.
    private mutating func dissectFragmentHeader(
        _ header: ByteCursor, _ chain: ExtensionChain, _ addresses: AddressPair, _ context: inout DissectionContext
    ) -> (UInt8, ByteCursor)? {
        guard let next = header.uint8(at: 0), let offsetField = header.uint16(at: 2),
            let identification = header.uint32(at: 4), let rest = header.dropping(8)
        else { return nil }
        let offset = Int(offsetField & 0xFFF8)
        let hasMore = offsetField & 1 != 0
        if !chain.isInsideIPv6 || (offset == 0 && !hasMore) {
            return (next, rest)
        }
        if options.defragmentIPv6 {
            let key = FragmentKey.v6(
                source: addresses.source, destination: addresses.destination, identification: identification)
            guard chain.isCapturedWhole, rest.reportedLength > 0, let datagram = reassemble(key, offset, !hasMore, rest)
            else { return nil }
            context.isInReassembledData = true
            return (next, datagram)
        }
        guard offset == 0 else { return nil }
        context.isUnreassembledFirstFragment = true
        return (next, rest)
    }

    /// Walks the options of the Hop-by-Hop or Destination Options header at the start of
    /// `payload` as tshark does. Its dissectors read each option's data whole, and those of
    /// fixed-size options read and step over their size whatever the length byte says (a Jumbo
    /// Payload option of length 2 still takes 4 bytes). An option may so run past its header into
    /// the payload (the walk then ends), but one running past what was captured of the packet is
    /// malformed and nothing after the header is dissected.
    /// - Returns: Nil when malformed; else the address of the last Home Address option, which
    ///   tshark makes the transport layer's source (Mobile IPv6).
    private static func walkOptions(_ payload: ByteCursor, headerLength: Int) -> OptionWalk? {
        var offset = 2
        var homeAddress: IPAddress?
        while offset < headerLength {
            guard let type = payload.uint8(at: offset) else { return nil }
            if type == 0 {
                offset += 1  // Pad1
                continue
            }
            guard let length = payload.uint8(at: offset + 1).map(Int.init) else { return nil }
            let data = offset + 2
            guard let (reads, steps) = optionDataSize(type, payload, at: data) else { return nil }
            offset = data + max(steps, length)
            guard data + reads <= payload.capturedLength, offset <= payload.capturedLength else { return nil }
            if type == 0xC9, let high = payload.uint64(at: data), let low = payload.uint64(at: data + 8) {
                homeAddress = .v6(high: high, low: low)
            }
        }
        return OptionWalk(homeAddress: homeAddress)
    }

    /// What a walk over IPv6 options found.
    private struct OptionWalk {
        /// The last Home Address option's address.
        var homeAddress: IPAddress?
    }

    /// How many data bytes tshark's dissector of a `type` option reads and steps over whatever
    /// its length byte says (0 and 0 for options it reads by their length), or nil when a byte it
    /// needs to decide was not captured. Options whose walk depends on their content further
    /// (SMF DPD, IOAM, LIO) are taken by their length.
    private static func optionDataSize(_ type: UInt8, _ payload: ByteCursor, at data: Int) -> (Int, Int)? {
        switch type {
        case 0x04: return (1, 1)  // Tunnel Encapsulation Limit
        case 0x05: return (2, 2)  // Router Alert
        case 0xEE: return (3, 3)  // DFF
        case 0x30, 0x41, 0x63, 0xC2: return (4, 4)  // PMTU, TPF, RPL, Jumbo Payload
        case 0x0F: return (10, 10)  // PDM
        case 0xC9: return (16, 16)  // Home Address
        case 0x26:
            // Quick-Start: the function nibble; a rate request (0) or report (8) takes 6 bytes.
            guard let function = payload.uint8(at: data).map({ $0 >> 4 }) else { return nil }
            return function == 0 || function == 8 ? (6, 6) : (1, 0)
        case 0x07:
            // CALIPSO: DOI, compartment length (in 4-byte units), sensitivity, checksum, bitmap.
            guard let units = payload.uint8(at: data + 4) else { return nil }
            let size = 8 + Int(units) * 4
            return (size, size)
        case 0x6D:
            // MPL: flags (with the seed ID length), sequence, seed ID of 0, 2, 8 or 16 bytes.
            guard let flags = payload.uint8(at: data) else { return nil }
            let size = 2 + [0, 2, 8, 16][Int(flags >> 6)]
            return (size, size)
        default:
            return (0, 0)
        }
    }

    /// The Jumbo Payload option's value when the Hop-by-Hop header at the start of `payload`
    /// carries one.
    private static func jumboPayloadLength(_ payload: ByteCursor) -> Int? {
        guard let units = payload.uint8(at: 1) else { return nil }
        let end = (Int(units) + 1) * 8
        var offset = 2
        while offset < end, let type = payload.uint8(at: offset) {
            if type == 0 {
                offset += 1  // Pad1
                continue
            }
            guard let length = payload.uint8(at: offset + 1) else { return nil }
            if type == 0xC2 && length == 4 {
                return payload.uint32(at: offset + 2).map(Int.init)
            }
            offset += 2 + Int(length)
        }
        return nil
    }

    /// Whether tshark's dissector of the routing header's type finds the addresses it reads: a
    /// type 2 header must hold its home address (length 24 or more), a segment routing header
    /// (type 4) the last-entry + 1 segments it announces. Otherwise the header is malformed and
    /// nothing after it is dissected (after an IPv4 header too).
    private static func routingHeaderHoldsItsAddresses(_ header: ByteCursor, length: Int) -> Bool {
        switch header.uint8(at: 2) {
        case 2:
            return length >= 24
        case 4:
            guard let lastEntry = header.uint8(at: 4) else { return false }
            return 8 + 16 * (Int(lastEntry) + 1) <= length
        default:
            return true
        }
    }

    /// The final destination of a routing header with segments left: the last address of a
    /// type 0 header (tshark counts length / 2 of them, so an odd length leaves 8 bytes over),
    /// the home address of type 2, the first segment of a segment routing header (type 4, listed
    /// in reverse). tshark gives the transport layer this address.
    private static func routingDestination(_ header: ByteCursor, length: Int) -> IPAddress? {
        guard let type = header.uint8(at: 2), let segmentsLeft = header.uint8(at: 3), segmentsLeft > 0,
            let units = header.uint8(at: 1)
        else {
            return nil
        }
        let addressOffset: Int
        switch type {
        case 0 where units >= 2:
            addressOffset = 8 + 16 * (Int(units) / 2 - 1)
        case 2, 4:
            addressOffset = 8
        default:
            return nil
        }
        guard addressOffset + 16 <= length, let high = header.uint64(at: addressOffset),
            let low = header.uint64(at: addressOffset + 8)
        else { return nil }
        return .v6(high: high, low: low)
    }
}
