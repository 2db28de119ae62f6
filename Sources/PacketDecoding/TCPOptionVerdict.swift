/// What tshark 4.0's TCP option dissectors make of a header's options.
///
/// `tcp_dissect_options` itself only *stops* at a bad length (a length byte past the options, a
/// length below 2 or past the header, bytes after EOL): the frame still reaches every tap. But a
/// few option dissectors read past the option they were handed, and the exception ("Malformed
/// Packet") unwinds the whole TCP dissector before its follow and conversation taps: the frame
/// keeps its stream number and the TCP fields shown before the options (`tcp.len`, `tcp.seq`,
/// flags, window), but has no `tcp.payload`, no follow data and no conversation count.
package enum TCPOptionVerdict: UInt8, Sendable {
    /// No option dissector throws.
    case wellFormed
    /// An option dissector throws whatever the numbering:
    /// * SNACK (21) of its correct length 6, whose dissector reads a sequence number at byte 8;
    /// * MPTCP (30) too short for its subtype's fixed part (length 2; 3 for MP_CAPABLE, DSS,
    ///   ADD_ADDR and TCPRST; below 12 for MP_FAIL and MP_FASTCLOSE);
    /// * a SACK (5) without a whole block after one with blocks, when the D-SACK test passes.
    case malformed
    /// The first SACK option of the header has no whole block (length 2–9): its D-SACK test
    /// compares a right edge of 0 with `tcp.ack` as tshark numbers it (relative with the ACK flag,
    /// raw without) and, when `LE_SEQ(0, ack)` holds (ack ≤ 2³¹), reads the missing block.
    case malformedUnlessAcknowledgmentPastHalf
}

/// SCPS options (kind 20) in one header, which tshark judges by the connection's state: an SCPS
/// capabilities option (length 4) marks its sender's direction capable; in a capable direction
/// an option of another length is parsed as extended capabilities, a list of binding spaces, and
/// a list that runs past the option throws. A SYN/ACK that does not throw clears both directions
/// unless both are capable (`verify_scps`).
package struct SCPSOptions: OptionSet, Sendable {
    package var rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A capabilities option (length 4) before any extended option that overruns.
    package static let offersCapabilities = SCPSOptions(rawValue: 1)
    /// An extended capabilities option whose binding spaces run past it, with no capabilities
    /// option before it in this header.
    package static let extendedOverruns = SCPSOptions(rawValue: 2)
    /// A capabilities option after such an extended option: reached only when it did not throw.
    package static let offersCapabilitiesLater = SCPSOptions(rawValue: 4)
}

extension TCPSegment {
    /// Whether tshark's TCP dissector throws in this header's options, given `tcp.ack` as tshark
    /// numbers it (``TCPOptionVerdict/malformedUnlessAcknowledgmentPastHalf``).
    @inline(__always)
    package func isMalformed(acknowledgment: UInt32) -> Bool {
        switch optionVerdict {
        case .wellFormed: false
        case .malformed: true
        case .malformedUnlessAcknowledgmentPastHalf: Int32(bitPattern: 0 &- acknowledgment) <= 0
        }
    }
}

extension PacketDecoder {
    /// SACK, SNACK and MPTCP option kinds.
    private static let sackKind: UInt8 = 5
    private static let snackKind: UInt8 = 21
    private static let mptcpKind: UInt8 = 30
    private static let scpsKind: UInt8 = 20

    /// Walks the options of a whole captured header (`header` holds `headerLength` bytes) the way
    /// `tcp_dissect_options` does, and reports whether a dissector tshark calls would throw.
    /// `scps` gets the SCPS options the walk reaches.
    static func judgeOptions(_ header: ByteCursor, headerLength: Int, scps: inout SCPSOptions) -> TCPOptionVerdict {
        var verdict = TCPOptionVerdict.wellFormed
        var offset = 20
        var remaining = headerLength - 20
        var isAfterEOL = false
        // The first SACK block of the header's earlier SACK options, and the second one's edges.
        var sackBlocks = 0
        var firstRight: UInt32 = 0
        var secondLeft: UInt32 = 0
        var secondRight: UInt32 = 0
        while remaining > 0, let kind = header.uint8(at: offset) {
            if isAfterEOL && kind != 0 { break }
            remaining -= 1
            if kind <= 1 {
                isAfterEOL = kind == 0
                offset += 1
                continue
            }
            guard remaining > 0, let length = header.uint8(at: offset + 1).map(Int.init) else { break }
            remaining -= 1
            guard length >= 2, length - 2 <= remaining else { break }
            switch kind {
            case sackKind:
                let blocks = (length - 2) / 8
                if blocks == 0 {
                    if sackBlocks == 0 {
                        verdict = .malformedUnlessAcknowledgmentPastHalf
                    } else if isDuplicateSACK(
                        firstRight, secondLeft, secondRight, blocks: sackBlocks, header, offset: offset)
                    {
                        return .malformed
                    }
                }
                for block in 0..<blocks {
                    guard let left = header.uint32(at: offset + 2 + 8 * block),
                        let right = header.uint32(at: offset + 6 + 8 * block)
                    else { break }
                    if sackBlocks == 0 { firstRight = right }
                    if sackBlocks == 1 { (secondLeft, secondRight) = (left, right) }
                    sackBlocks += 1
                }
            case snackKind where length == 6:
                return .malformed
            case scpsKind where length == 4:
                scps.insert(scps.contains(.extendedOverruns) ? .offersCapabilitiesLater : .offersCapabilities)
            case scpsKind:
                if !scps.contains(.extendedOverruns) && bindingSpacesOverrun(header, offset: offset, length: length) {
                    // Capable from this header's own capabilities option: it throws whatever came before.
                    if scps.contains(.offersCapabilities) { return .malformed }
                    scps.insert(.extendedOverruns)
                }
            case mptcpKind:
                if length < 3 || length < minimumMPTCPLength(subtype: (header.uint8(at: offset + 2) ?? 0) >> 4) {
                    return .malformed
                }
            default:
                break
            }
            offset += length
            remaining -= length - 2
        }
        return verdict
    }

    /// The D-SACK test of a block-less SACK option after earlier SACK blocks in the same header,
    /// on raw numbers (tshark's relative edges and relative ack share one base when the ACK flag
    /// is set).
    private static func isDuplicateSACK(
        _ firstRight: UInt32, _ secondLeft: UInt32, _ secondRight: UInt32, blocks: Int, _ header: ByteCursor,
        offset: Int
    ) -> Bool {
        let acknowledgment = header.uint32(at: 8) ?? 0
        func lessOrEqual(_ a: UInt32, _ b: UInt32) -> Bool { Int32(bitPattern: a &- b) <= 0 }
        return lessOrEqual(firstRight, acknowledgment)
            || (blocks > 1 && Int32(bitPattern: secondLeft &- firstRight) < 0
                && Int32(bitPattern: secondRight &- firstRight) >= 0)
    }

    /// Whether the binding spaces of an SCPS extended capabilities option (a type byte, then a
    /// length in 16-bit words in the next byte's upper nibble, then the data) run past the option.
    private static func bindingSpacesOverrun(_ header: ByteCursor, offset: Int, length: Int) -> Bool {
        var position = 2
        while length > position {
            guard position + 2 <= length, let lengthByte = header.uint8(at: offset + position + 1) else { return true }
            position += 2 + Int(lengthByte >> 4) * 2
            if position > length { return true }
        }
        return false
    }

    /// The shortest MPTCP option whose fixed part tshark's dissector can read, by subtype (with
    /// no flag bits set: flags can make a subtype's fixed part longer).
    private static func minimumMPTCPLength(subtype: UInt8) -> Int {
        switch subtype {
        case 0, 2, 3, 8: 4
        case 6, 7: 12
        default: 3
        }
    }
}
