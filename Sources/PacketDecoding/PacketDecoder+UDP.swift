/// UDP and the tunnels over it that tshark follows into an inner TCP by default.
extension PacketDecoder {
    /// The tunnel protocols on their registered ports.
    private enum UDPTunnel: UInt16 {
        case gtpUser = 2152
        case vxlan = 4789
        case vxlanGPE = 4790
        case geneve = 6081
        case teredo = 3544
    }

    /// UDP: ports, length, checksum. A length below 8 stops tshark; a smaller length than the IP
    /// payload cuts the payload short, a larger one is flagged and ignored. Over IPv6 a length of 0
    /// is the IPv6 payload's length (RFC 2675 jumbograms; tshark applies it to any size).
    ///
    /// Like tshark, the payload goes to the dissector registered on the lower non-zero port, or
    /// failing that on the higher one; only the tunnels in ``UDPTunnel`` can lead to TCP.
    ///
    /// The layer is recorded (with `addresses`, for `udp.stream` and follow) once both ports
    /// were captured, as tshark shows it; a header that passes the length check sets the ports
    /// the taps see.
    ///
    /// UDP-Lite (`isLite`) is read by the same dissector: its length is the IP payload's, and its
    /// checksum coverage is not checked (tshark's default).
    mutating func dissectUDP(
        _ datagram: ByteCursor, _ addresses: AddressPair, _ context: DissectionContext, isLite: Bool = false
    ) -> TCPSegment? {
        guard let context = context.entering(), let sourcePort = datagram.uint16(at: 0),
            let destinationPort = datagram.uint16(at: 2)
        else { return nil }
        recorder.record.pointee.addUDP(
            span: datagram.bytes, reportedLength: datagram.reportedLength, addresses: addresses, isLite: isLite,
            isReassembled: context.isInReassembledData, isQuoted: context.isInErrorPacket)
        guard let lengthField = datagram.uint16(at: 4), datagram.capturedLength >= 8 else { return nil }
        let length =
            isLite || (lengthField == 0 && addresses.source.isIPv6) ? datagram.reportedLength : Int(lengthField)
        guard length >= 8, let payload = datagram.limited(to: length).dropping(8) else { return nil }
        recorder.record.pointee.tapEndpoints.ports = (sourcePort, destinationPort)
        switch Self.chosenPort(sourcePort, destinationPort).flatMap(UDPTunnel.init(rawValue:)) {
        case .gtpUser:
            return dissectGTPUser(payload, context)
        case .vxlan:
            // tshark checks none of the flags: an inner Ethernet frame always follows.
            return payload.dropping(8).flatMap { dissectEthernet($0, context) }
        case .vxlanGPE:
            return dissectVXLANGPE(payload, context)
        case .geneve:
            return dissectGENEVE(payload, context)
        case .teredo:
            return dissectTeredo(payload, context)
        case nil:
            return nil
        }
    }

    /// The port whose registered dissector tshark tries first: the lower non-zero port that has
    /// one, else the higher. Nil when neither has.
    private static func chosenPort(_ first: UInt16, _ second: UInt16) -> UInt16? {
        let low = min(first, second)
        let high = max(first, second)
        if low != 0 && UDPPortTable.isRegistered(low) {
            return low
        }
        return high != 0 && UDPPortTable.isRegistered(high) ? high : nil
    }

    /// GTP carrying a T-PDU (message type 255), as tshark's `gtp` dissector reads it on the GTP-U
    /// port. The header: version 1 (PT set) has 8 bytes, 4 more when any of E, S, PN is set, then
    /// a chain of extension headers when E is set; version 0 has 20; GTP' (PT clear) has 6, or 20
    /// for version 0 with flag bit 0 clear. Version 2 goes to GTPv2-C and higher versions are
    /// rejected. The length field ends the message (counted after the 8 bytes up to the TEID for
    /// version 1, after the whole header otherwise). tshark's T-PDU heuristic then picks IPv4
    /// for a first byte 0x45-0x4E, IPv6 for 0x6_, and Ethernet when more than 14 bytes hold an
    /// ARP, IPv4 or IPv6 EtherType at bytes 12-13.
    private mutating func dissectGTPUser(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let flags = message.uint8(at: 0), message.uint8(at: 1) == 0xFF, let declared = message.uint16(at: 2)
        else { return nil }
        let version = flags >> 5
        let isPrime = flags & 0x10 == 0
        var length: Int
        let counted: Int
        if isPrime {
            guard version < 2 else { return nil }
            length = version == 0 && flags & 0x01 == 0 ? 20 : 6
            counted = length
        } else if version == 0 {
            length = 20
            counted = length
        } else {
            guard version == 1 else { return nil }
            length = 8
            counted = length
            if flags & 0x07 != 0 {
                length = 12
                var next = flags & 0x04 != 0 ? message.uint8(at: 11) : 0
                while let type = next, type != 0 {
                    // Each extension header: length in 4-byte units, content, next type in its last byte.
                    guard let units = message.uint8(at: length), units > 0 else { return nil }
                    length += Int(units) * 4
                    next = message.uint8(at: length - 1)
                }
                guard next != nil else { return nil }
            }
        }
        guard let context = context.entering(),
            let packet = message.limited(to: counted + Int(declared)).dropping(length), packet.reportedLength > 0,
            let first = packet.uint8(at: 0)
        else { return nil }
        if first >= 0x45 && first <= 0x4E {
            return dissectIP(packet, context)
        }
        if first >> 4 == 6 {
            return dissectIPv6(packet, context)
        }
        guard packet.reportedLength > 14, let etherType = packet.uint16(at: 12),
            etherType == 0x0806 || etherType == 0x86DD || etherType == 0x0800
        else { return nil }
        return dissectEthernet(packet, context)
    }

    /// VXLAN-GPE: flags, reserved, next protocol (1 IPv4, 2 IPv6, 3 Ethernet, 5 MPLS; 4, NSH,
    /// carries no TCP here), VNI. No flag is checked.
    private mutating func dissectVXLANGPE(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let next = message.uint8(at: 3), let inner = message.dropping(8)
        else { return nil }
        switch next {
        case 1: return dissectIP(inner, context)
        case 2: return dissectIPv6(inner, context)
        case 3: return dissectEthernet(inner, context)
        case 5: return dissectMPLS(inner, context)
        default: return nil
        }
    }

    /// GENEVE: version, option length in 4-byte units, protocol type (an EtherType), VNI; then
    /// the options and the payload. tshark flags a version other than 0 and dissects on.
    private mutating func dissectGENEVE(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering(), let first = message.uint8(at: 0),
            let proto = message.uint16(at: 2), let payload = message.dropping(8 + Int(first & 0x3F) * 4)
        else { return nil }
        return dissectEtherType(proto, payload, context)
    }

    /// Teredo: an optional authentication header (starting 00 01) and an optional origin
    /// indication (00 00), then IPv6.
    private mutating func dissectTeredo(_ message: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard let context = context.entering() else { return nil }
        var packet = message
        if packet.uint16(at: 0) == 0x0001 {
            guard let idLength = packet.uint8(at: 2), let authLength = packet.uint8(at: 3),
                let rest = packet.dropping(4 + Int(idLength) + Int(authLength) + 9)
            else { return nil }
            packet = rest
        }
        if packet.uint16(at: 0) == 0x0000 {
            guard let rest = packet.dropping(8) else { return nil }
            packet = rest
        }
        return dissectIPv6(packet, context)
    }
}
