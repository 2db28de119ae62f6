/// IPv4, and the protocol dispatch shared by IPv4 and IPv6.
extension PacketDecoder {
    /// tshark's "ip" dissector (EtherType 0x0800, raw IP, `AF_INET`, IP-in-IP): it goes by the
    /// version nibble, so version 6 is dissected as IPv6 and anything else is not IP.
    @inline(__always)
    mutating func dissectIP(_ packet: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        switch packet.uint8(at: 0).map({ $0 >> 4 }) {
        case 4:
            return dissectIPv4(packet, context)
        case 6:
            return dissectIPv6(packet, context)
        default:
            return nil
        }
    }

    /// An IPv4 packet. The payload's reported length comes from the total length (never from
    /// Ethernet padding), capped at what the frame reports.
    ///
    /// An option too short for its type's dissector (``IPv4Header/hasMalformedOption``) ends the
    /// dissection after the IPv4 layer, fragment or not.
    ///
    /// Fragments (tshark's rules, `ip.defragment` on): a fragment that was captured whole goes to
    /// the defragmenter and only the one completing its datagram yields the reassembled payload.
    /// A first fragment that was not captured whole, or any first fragment with defragmentation
    /// off, is dissected with an unknown TCP length; other fragments carry nothing.
    @inline(__always)
    mutating func dissectIPv4(_ packet: ByteCursor, _ context: DissectionContext) -> TCPSegment? {
        guard var context = context.entering() else { return nil }
        guard let header = IPv4Header(packet),
            var payload = packet.limited(to: header.totalLength).dropping(header.headerLength)
        else {
            recordBogusIPv4(packet, context)
            return nil
        }
        let datagram = packet.limited(to: header.totalLength)
        recordLayer(
            .ipv4, datagram.bytes, headerLength: header.headerLength, reportedLength: datagram.reportedLength, context)
        // tshark's option dissector threw: the IPv4 fields exist, nothing after them does.
        guard !header.hasMalformedOption else { return nil }
        context.isUnreassembledFirstFragment = false
        let addresses = AddressPair(source: .v4(header.source), destination: .v4(header.destination))
        recorder.record.pointee.tapEndpoints.addresses = addresses
        if header.isFragment {
            let capturedWhole = header.totalLength > header.headerLength && packet.capturedLength >= header.totalLength
            if options.defragment && capturedWhole {
                let key = FragmentKey.ipv4(header, vlanID: context.vlanID)
                guard let datagram = reassemble(key, header.fragmentOffset, !header.hasMoreFragments, payload)
                else { return nil }
                payload = datagram
                context.isInReassembledData = true
            } else if header.fragmentOffset == 0 {
                context.isUnreassembledFirstFragment = true
            } else {
                return nil
            }
        }
        return dissectIPPayload(header.protocolNumber, payload, addresses, context)
    }

    /// Records the IPv4 layer of a header tshark gives up on after its first fields: an IHL below
    /// 5 (the `ip` layer has no fields), a non-zero total length below the header length (`ip.len`
    /// is the last field), or a header the snap length cut (the fields captured whole exist;
    /// ``FrameFieldView`` reads which).
    private func recordBogusIPv4(_ packet: ByteCursor, _ context: DissectionContext) {
        guard let first = packet.uint8(at: 0), first >> 4 == 4 else { return }
        let headerLength = Int(first & 0x0F) * 4
        let totalLength = packet.uint16(at: 2).map(Int.init)
        guard
            headerLength < 20 || packet.capturedLength < headerLength
                || (totalLength.map { $0 != 0 && $0 < headerLength } ?? true)
        else { return }
        recordLayer(.ipv4, packet.bytes, headerLength: headerLength, reportedLength: packet.reportedLength, context)
    }

    /// Hands an IP payload to the protocol tshark registers for `protocolNumber` (only those that
    /// can lead to TCP).
    @inline(__always)
    mutating func dissectIPPayload(
        _ protocolNumber: UInt8, _ payload: ByteCursor, _ addresses: AddressPair, _ context: DissectionContext
    ) -> TCPSegment? {
        recorder.record.pointee.tapEndpoints.addresses = addresses
        switch protocolNumber {
        case 6:
            if let source = payload.uint16(at: 0), let destination = payload.uint16(at: 2) {
                recorder.record.pointee.tapEndpoints.ports = (source, destination)
            }
            // tshark shows a TCP layer (and what it could read of it) even when too little of the
            // header was captured to make a segment.
            let segment = dissectTCP(payload, addresses, context)
            if segment != nil || payload.capturedLength > 0 {
                recordLayer(
                    .tcp, payload.bytes, headerLength: segment?.headerLength ?? payload.capturedLength, context)
            }
            return segment
        case 1:
            return dissectICMP(payload, context)
        case 58:
            return dissectICMPv6(payload, context)
        case 17:
            return dissectUDP(payload, addresses, context)
        case 136:
            return dissectUDP(payload, addresses, context, isLite: true)
        case 4:
            return dissectIP(payload, context)
        case 41:
            return dissectIPv6(payload, context)
        case 47:
            return dissectGRE(payload, context)
        case 0, 43, 44, 51, 60:
            // IPv6 extension headers and AH (skipped; ESP, 50, is encrypted and ends here).
            let chain = ExtensionChain(addresses: addresses, isInsideIPv6: false, isCapturedWhole: false)
            return dissectExtensionHeaders(protocolNumber, payload, chain, context)
        default:
            return nil
        }
    }

    /// Adds the fragment in `payload` (captured whole) to its datagram.
    /// - Returns: The reassembled datagram payload when this fragment completed it, else nil.
    mutating func reassemble(
        _ key: FragmentKey, _ offset: Int, _ isLast: Bool, _ payload: ByteCursor
    ) -> ByteCursor? {
        guard
            let length = defragmenter.add(
                key, offset: offset, isLast: isLast, data: payload.bytes, frame: frameNumber, into: reassembled)
        else { return nil }
        hasReassembled = true
        let datagram = reassembled.prefix(length)
        recorder.record.pointee.reassembled = reassembled.assembled
        recorder.record.pointee.fragmentFrames = reassembled.fragmentFrames
        return ByteCursor(bytes: datagram, reportedLength: length)
    }
}
