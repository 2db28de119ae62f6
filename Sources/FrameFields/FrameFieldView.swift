import DisplayFilter
import PacketDecoding
import TCPReassembly

/// The display-filter fields of one decoded frame, as tshark 4.0 shows them with its default
/// preferences: what `-Y`, `-R` and `-T fields` see.
///
/// Built from what the decoder recorded (``PacketDecoder/layers``) plus the TCP numbering, so a
/// frame without TCP still has its Ethernet, VLAN and IP fields. Byte values point into the frame
/// and the decoder's reassembled datagram: the view is valid until the next frame is decoded.
/// Building one copies about 200 bytes (the TCP header as decoded, the stream, a pointer to the
/// layers) and computes nothing: values are read from the headers when asked.
@usableFromInline package struct FrameFieldView: FieldProvider {
    /// `frame.number`, 1-based.
    package var number: UInt64
    package var timestamp: Timestamp
    /// The frame's length on the wire (`frame.len`).
    package var originalLength: Int
    /// The layers the decoder passed through, and the frame bytes.
    package var layers: LayerTrail
    /// The TCP header the decoder found (also one quoted in an ICMP error), if any.
    package var segment: TCPSegment?
    /// The segment's stream and relative numbers.
    package var assignment: StreamTable.Assignment?
    /// `tcp.relative_sequence_numbers`: `tcp.seq` and `tcp.ack` relative to the stream's bases.
    package var relativeSequenceNumbers: Bool
    /// Whether an option dissector of tshark's throws on the frame's TCP header: the frame then
    /// reaches neither follow nor the conversation table, and has no `tcp.payload`. Set once per
    /// frame by the reader that numbers frames, from ``hasThrowingOption`` and the connection's
    /// SCPS state (``SCPSOptions``), so that the taps read a stored flag.
    package var isTCPMalformed = false
    /// The `udp.stream` of each of the frame's UDP layers, in layer order.
    package var udpStreams = UDPStreamNumbers()
    /// The pcapng interface the frame was captured on (nil for pcap files), which `-T fields`
    /// names in the `frame` summary.
    package var interface: FrameInterface?

    package init(
        number: UInt64, timestamp: Timestamp, originalLength: Int, layers: LayerTrail, segment: TCPSegment?,
        assignment: StreamTable.Assignment?, relativeSequenceNumbers: Bool = true
    ) {
        self.number = number
        self.timestamp = timestamp
        self.originalLength = originalLength
        self.layers = layers
        self.segment = segment
        self.assignment = assignment
        self.relativeSequenceNumbers = relativeSequenceNumbers
    }

    /// Whether an option dissector of tshark's throws on the frame's TCP header whatever the
    /// connection's state (``TCPOptionVerdict``), judged with `tcp.ack` as tshark numbers it when
    /// the options are dissected: relative only when the segment length is known (tshark
    /// relativizes nothing else, e.g. in a first fragment that was not reassembled).
    package var hasThrowingOption: Bool {
        guard let segment, segment.optionVerdict.rawValue != TCPOptionVerdict.wellFormed.rawValue else {
            return false
        }
        let isRelative = relativeSequenceNumbers && segment.isSegmentLengthKnown
        let acknowledgment = isRelative ? assignment?.relativeAcknowledgment : nil
        return segment.isMalformed(acknowledgment: acknowledgment ?? segment.acknowledgmentNumber)
    }

    package func forEachValue(of field: FieldID, _ body: (FieldValue, _ layer: Int) -> Bool) {
        guard let field = FrameField.named(by: field) else { return }
        switch field {
        case .frame:
            _ = body(.protocolLayer(layers.frame, headerLength: layers.frame.count), 1)
        case .frameNumber:
            _ = body(.unsigned(UInt32(truncatingIfNeeded: number)), 1)
        case .frameTimeEpoch:
            _ = body(
                .relativeTime(seconds: timestamp.seconds, nanoseconds: timestamp.tsharkNanoseconds), 1)
        case .frameLength:
            _ = body(.unsigned(UInt32(clamping: max(originalLength, layers.frame.count))), 1)
        case .frameCapturedLength:
            _ = body(.unsigned(UInt32(clamping: layers.frame.count)), 1)
        case .ethernet, .vlan, .ipv4, .ipv6, .tcp, .udp, .udpLite:
            forEachProtocol(field, body)
        case .ethernetSource, .ethernetDestination, .ethernetAddress, .vlanID:
            forEachLinkValue(field, body)
        case .ipv4Source, .ipv4Destination, .ipv4Address, .ipv4Protocol, .ipv4TTL, .ipv4Length,
            .ipv4MoreFragments, .ipv4FragmentOffset:
            forEachIPv4Value(field, body)
        case .ipv6Source, .ipv6Destination, .ipv6Address, .ipv6NextHeader, .ipv6HopLimit:
            forEachIPv6Value(field, body)
        case .udpSourcePort, .udpDestinationPort, .udpPort, .udpLength, .udpChecksum, .udpStream, .udpPayload,
            .udpChecksumCoverage:
            forEachUDPValue(field, body)
        default:
            forEachTCPValue(field, body)
        }
    }

    /// Each occurrence of the protocol `field` names: its bytes and header length.
    private func forEachProtocol(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        guard let kind = Self.layerKind(of: field) else { return }
        forEachLayer(kind) { layer, bytes, occurrence in
            body(.protocolLayer(bytes, headerLength: layer.headerLength), occurrence)
        }
    }

    /// The trail's layer kind for a protocol field.
    private static func layerKind(of field: FrameField) -> DecodedLayer.Kind? {
        switch field {
        case .ethernet: .ethernet
        case .vlan: .vlan
        case .ipv4: .ipv4
        case .ipv6: .ipv6
        case .tcp: .tcp
        case .udp: .udp
        case .udpLite: .udpLite
        default: nil
        }
    }

    /// Calls `body` with each recorded layer of `kind`, its bytes and its 1-based occurrence,
    /// until it returns false.
    func forEachLayer(
        _ kind: DecodedLayer.Kind, _ body: (DecodedLayer, UnsafeRawBufferPointer, Int) -> Bool
    ) {
        var occurrence = 0
        for index in 0..<layers.count {
            let layer = layers[index]
            guard layer.kind == kind else { continue }
            occurrence += 1
            guard body(layer, layers.bytes(of: layer), occurrence) else { return }
        }
    }

    /// Like ``forEachLayer(_:_:)``, with each layer as a cursor over its bytes (reporting the
    /// layer's length on the wire).
    func forEachHeader(_ kind: DecodedLayer.Kind, _ body: (ByteCursor, Int) -> Bool) {
        forEachLayer(kind) { layer, bytes, occurrence in
            body(ByteCursor(bytes: bytes, reportedLength: max(bytes.count, layer.reportedLength)), occurrence)
        }
    }
}
