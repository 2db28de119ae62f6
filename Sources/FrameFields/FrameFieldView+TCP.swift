import DisplayFilter
import PacketDecoding

/// TCP fields: the header as decoded, numbered by the stream table.
extension FrameFieldView {
    /// `tcp.*` fields other than the protocol itself.
    ///
    /// As tshark: `tcp.seq`/`tcp.ack` are relative only where it analyses sequence numbers
    /// (relative numbering on, segment length known, not quoted in an ICMP error), raw
    /// otherwise; a quoted header has no `tcp.seq_raw`; `tcp.len` is absent when the length is
    /// unknown. tshark stops at a data offset below 5, before the acknowledgment number.
    func forEachTCPValue(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        guard let segment else {
            forEachCutHeaderValue(field, body)
            return
        }
        let isAnalysed = relativeSequenceNumbers && segment.isSegmentLengthKnown && !segment.isQuotedInICMP
        switch field {
        case .tcpSourcePort:
            _ = body(.unsigned(UInt32(segment.source.port)), 1)
        case .tcpDestinationPort:
            _ = body(.unsigned(UInt32(segment.destination.port)), 1)
        case .tcpPort:
            _ =
                body(.unsigned(UInt32(segment.source.port)), 1)
                && body(.unsigned(UInt32(segment.destination.port)), 1)
        case .tcpStream:
            if let assignment { _ = body(.unsigned(assignment.stream), 1) }
        case .tcpSequence:
            let relative = isAnalysed ? assignment?.relativeSequence : nil
            _ = body(.unsigned(relative ?? segment.sequenceNumber), 1)
        case .tcpRawSequence:
            if !segment.isQuotedInICMP { _ = body(.unsigned(segment.sequenceNumber), 1) }
        case .tcpLength:
            if segment.isSegmentLengthKnown { _ = body(.unsigned(UInt32(clamping: segment.segmentLength)), 1) }
        default:
            if segment.headerLength >= 20 {
                forEachValueAfterDataOffset(field, segment, relative: isAnalysed, body)
            }
        }
    }

    /// The fields tshark shows only for a valid data offset. A reset's payload is shown as its
    /// cause (`tcp.reset_cause`, RFC 1122 §4.2.2.12), not as `tcp.payload`; `tcp.payload` is
    /// absent when no payload byte was captured.
    private func forEachValueAfterDataOffset(
        _ field: FrameField, _ segment: TCPSegment, relative: Bool, _ body: (FieldValue, Int) -> Bool
    ) {
        switch field {
        case .tcpAcknowledgment:
            let relativeNumber = relative ? assignment?.relativeAcknowledgment : nil
            _ = body(.unsigned(relativeNumber ?? segment.acknowledgmentNumber), 1)
        case .tcpRawAcknowledgment:
            _ = body(.unsigned(segment.acknowledgmentNumber), 1)
        case .tcpFlags:
            _ = body(.unsigned(UInt32(segment.flags.rawValue)), 1)
        case .tcpWindow:
            forEachHeader(.tcp) { header, occurrence in
                header.uint16(at: 14).map { body(.unsigned(UInt32($0)), occurrence) } ?? true
            }
        case .tcpPayload:
            if !segment.payload.isEmpty && !segment.flags.contains(.rst) && !isTCPMalformed {
                _ = body(.bytes(segment.payload), 1)
            }
        default:
            if let flag = Self.flag(field) { _ = body(.boolean(segment.flags.contains(flag)), 1) }
        }
    }

    /// What tshark shows of a TCP header too short to make a segment (fewer than 16 bytes
    /// captured): the ports it could read and, inside an ICMP error, the raw sequence number.
    private func forEachCutHeaderValue(_ field: FrameField, _ body: (FieldValue, Int) -> Bool) {
        forEachLayer(.tcp) { layer, bytes, occurrence in
            let header = ByteCursor(bytes: bytes, reportedLength: bytes.count)
            let source = header.uint16(at: 0).map { FieldValue.unsigned(UInt32($0)) }
            let destination = header.uint16(at: 2).map { FieldValue.unsigned(UInt32($0)) }
            switch field {
            case .tcpSourcePort:
                return source.map { body($0, occurrence) } ?? true
            case .tcpDestinationPort:
                return destination.map { body($0, occurrence) } ?? true
            case .tcpPort:
                if let source, !body(source, occurrence) { return false }
                return destination.map { body($0, occurrence) } ?? true
            case .tcpSequence where layer.isQuoted:
                return header.uint32(at: 4).map { body(.unsigned($0), occurrence) } ?? true
            default:
                return true
            }
        }
    }

    /// The flag a `tcp.flags.*` boolean shows.
    private static func flag(_ field: FrameField) -> TCPFlags? {
        switch field {
        case .tcpSYN: .syn
        case .tcpACK: .ack
        case .tcpFIN: .fin
        case .tcpRST: .rst
        case .tcpPSH: .psh
        case .tcpURG: .urg
        default: nil
        }
    }
}
