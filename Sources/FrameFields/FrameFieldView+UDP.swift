import DisplayFilter
import PacketDecoding

/// UDP fields: each UDP header the decoder recorded, numbered by the UDP stream table.
extension FrameFieldView {
    /// `udp.*` fields other than the protocol itself, one group per UDP layer in layer order
    /// (a tunnel or an ICMP error quoting a datagram gives several).
    ///
    /// As tshark: a header is shown once its ports were captured; `udp.length` (the field as
    /// written) once captured; `udp.checksum` and `udp.stream` only past the length check
    /// (``UDPDatagram/hasStream``); `udp.payload` only where the payload is handed on
    /// (``UDPDatagram/reachesPayload``) and at least one byte of it was captured.
    func forEachUDPValue(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        forEachUDPHeader { datagram, stream, position in
            Self.forEachValue(field, of: datagram, stream: stream, occurrence: position + 1, body)
        }
    }

    /// Calls `body` with each UDP (or UDP-Lite) header of the frame in layer order, its
    /// `udp.stream` (nil when it has none) and its position among the frame's UDP headers,
    /// until `body` returns false.
    package func forEachUDPHeader(_ body: (UDPDatagram, _ stream: UInt32?, _ position: Int) -> Bool) {
        var position = 0
        for index in 0..<layers.count where layers[index].kind.isUDP {
            defer { position += 1 }
            guard let datagram = layers.udpDatagram(at: index), body(datagram, udpStreams[position], position)
            else { return }
        }
    }

    /// Calls `body` with the values of `field` in one UDP header; false when `body` stopped.
    private static func forEachValue(
        _ field: FrameField, of datagram: UDPDatagram, stream: UInt32?, occurrence: Int,
        _ body: (FieldValue, Int) -> Bool
    ) -> Bool {
        let value: FieldValue?
        switch field {
        case .udpSourcePort:
            value = datagram.sourcePort.map { .unsigned(UInt32($0)) }
        case .udpDestinationPort:
            value = datagram.destinationPort.map { .unsigned(UInt32($0)) }
        case .udpPort:
            if let port = datagram.sourcePort, !body(.unsigned(UInt32(port)), occurrence) { return false }
            value = datagram.destinationPort.map { .unsigned(UInt32($0)) }
        case .udpLength:
            value = datagram.lengthField.map { .unsigned(UInt32($0)) }
        case .udpChecksumCoverage:
            // UDP-Lite's field at the place of UDP's length.
            value = datagram.isLite ? datagram.bytes.uint16(at: 4).map { .unsigned(UInt32($0)) } : nil
        case .udpChecksum:
            value = datagram.hasStream ? datagram.checksum.map { .unsigned(UInt32($0)) } : nil
        case .udpStream:
            value = stream.map { .unsigned($0) }
        case .udpPayload:
            // tshark fails to add an empty payload (the snap length cut it, or the IP payload
            // ends with the header): the field is then absent, not empty.
            value = datagram.payloadField.flatMap { $0.isEmpty ? nil : .bytes($0) }
        default:
            value = nil
        }
        return value.map { body($0, occurrence) } ?? true
    }
}
