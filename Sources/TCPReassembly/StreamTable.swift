import PacketDecoding

/// Hands out tshark's `tcp.stream` indices and keeps the per-direction base sequence numbers that
/// make relative sequence numbers (FOLLOW-RULES §3 and R4.1b).
///
/// Memory grows with the number of conversations in the capture, as tshark's does, never with the
/// amount of data. Indices are dense and follow first-seen order, so streams live in an array.
package struct StreamTable {
    /// The stream a frame belongs to and its sequence numbers made relative to the stream's bases.
    package struct Assignment: Hashable, Sendable {
        /// The `tcp.stream` index.
        package var stream: UInt32
        /// 0 when the sender is the conversation's lower endpoint, 1 otherwise.
        package var direction: Int
        /// `tcp.seq`: the raw sequence number minus the sender direction's base.
        package var relativeSequence: UInt32
        /// `tcp.ack` with the ACK flag set: the raw field minus the other direction's base;
        /// without the ACK flag the raw field unchanged (R4.10).
        package var relativeAcknowledgment: UInt32
    }

    private var index = ConversationIndex()
    private var streams: [StreamBases] = []

    package init() {}

    /// How many stream indices have been handed out.
    package var count: Int { streams.count }

    /// Numbers one TCP header (real or quoted in ICMP) and updates the stream's bases when its
    /// segment length is known.
    package mutating func assign(_ segment: TCPSegment) -> Assignment {
        let (key, direction) = ConversationKey.oriented(segment.source, segment.destination)
        let sequence = segment.sequenceNumber
        // The flags are tested once here: each `contains` is a call into PacketDecoding.
        let isSYN = segment.flags.contains(.syn)
        let isACK = segment.flags.contains(.ack)
        let index = streamIndex(for: key, direction: direction, sequence: sequence, isOpeningSYN: isSYN && !isACK)
        let stream = Int(index)
        // tshark analyses sequence numbers only where it knows the segment length: ICMP quotes,
        // unreassembled first fragments and impossible data offsets are numbered but set no base.
        if segment.isSegmentLengthKnown {
            streams[stream].observe(
                direction: direction, sequence: sequence,
                acknowledgment: segment.acknowledgmentNumber, isSYN: isSYN, isACK: isACK)
        }
        let bases = streams[stream]
        let acknowledgment =
            isACK
            ? segment.acknowledgmentNumber &- bases.base(1 - direction)
            : segment.acknowledgmentNumber
        return Assignment(
            stream: index, direction: direction,
            relativeSequence: sequence &- bases.base(direction),
            relativeAcknowledgment: acknowledgment
        )
    }

    /// The stream for `key`, opening a new one for an unknown key or for a SYN (without ACK) whose
    /// sequence number differs from the known base of its direction (R3.3).
    private mutating func streamIndex(
        for key: ConversationKey, direction: Int, sequence: UInt32, isOpeningSYN: Bool
    ) -> UInt32 {
        if let stream = index.stream(for: key) {
            guard isOpeningSYN, let base = streams[Int(stream)].knownBase(direction), base != sequence else {
                return stream
            }
        }
        streams.append(StreamBases())
        return index.addStream(for: key)
    }
}

/// The base sequence number of each direction of one stream, once known.
private struct StreamBases {
    private var bases: (UInt32, UInt32) = (0, 0)
    private var known: (Bool, Bool) = (false, false)

    func base(_ direction: Int) -> UInt32 {
        direction == 0 ? bases.0 : bases.1
    }

    func knownBase(_ direction: Int) -> UInt32? {
        (direction == 0 ? known.0 : known.1) ? base(direction) : nil
    }

    private mutating func setBase(_ direction: Int, _ value: UInt32) {
        if direction == 0 {
            (bases.0, known.0) = (value, true)
        } else {
            (bases.1, known.1) = (value, true)
        }
    }

    /// The base rules of R4.1b: the first frame of a direction fixes it (its seq for a SYN, else
    /// seq−1), a SYN/ACK with another ISN re-bases it, and an ACK fixes the other direction's base
    /// at ack−1 if that is still unknown.
    mutating func observe(direction: Int, sequence: UInt32, acknowledgment: UInt32, isSYN: Bool, isACK: Bool) {
        if let base = knownBase(direction) {
            if isSYN && isACK && base != sequence {
                setBase(direction, sequence)
            }
        } else {
            setBase(direction, isSYN ? sequence : sequence &- 1)
        }
        if isACK && knownBase(1 - direction) == nil {
            setBase(1 - direction, acknowledgment &- 1)
        }
    }
}
