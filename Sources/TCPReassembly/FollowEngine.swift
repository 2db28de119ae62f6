import PacketDecoding

/// tshark 4.0's follow reassembly for one `-z follow` block, rule for rule (FOLLOW-RULES §4.2).
///
/// It is not a TCP implementation: it reproduces what tshark prints, including its quirks
/// ("0 means unset", first copy wins, markers driven only by the peer's ack, FIN taking no
/// sequence space). Memory is the data held back for out-of-order segments, nothing else.
///
/// - Complexity: O(log n) per frame, n the segments held back (``HeldBackSegments``).
package struct FollowEngine {
    /// Per-direction state: next expected sequence number, bytes written, held-back segments.
    private struct Side {
        var next = SequenceNumber(0)
        var written: UInt64 = 0
        var pending = HeldBackSegments()
    }

    /// Node 0 (the first processed frame's source) and Node 1, once fixed.
    package private(set) var nodes: (Endpoint, Endpoint)?
    private var sides = [Side(), Side()]

    package init() {}

    /// Whether segments are held back waiting for earlier bytes or for an acknowledgment: while
    /// they are, a later frame may still release them (or a marker for them).
    package var hasPendingSegments: Bool {
        !sides[0].pending.isEmpty || !sides[1].pending.isEmpty
    }

    /// Feeds one frame (R4.2 steps 1–6).
    package mutating func process<Sink: FollowSink>(_ segment: FollowSegment, into sink: inout Sink) {
        let side = self.side(of: segment, sink: &sink)
        let other = 1 - side
        while release(other, acknowledgment: segment.acknowledgment, by: segment, into: &sink) {}
        if sides[side].written == 0 && sides[side].next.rawValue == 0 {
            sides[side].next = segment.sequence
        }
        append(segment, side: side, into: &sink)
    }

    /// Step 1: fixes the nodes on the first frame and tells which node sent this one (R2.4, R2.5).
    /// A Node 0 with port 0 is not fixed: tshark takes the next frame's endpoints again.
    private mutating func side<Sink: FollowSink>(of segment: FollowSegment, sink: inout Sink) -> Int {
        guard let (node0, _) = nodes, node0.port != 0 else {
            nodes = (segment.source, segment.destination)
            sink.begin(node0: segment.source, node1: segment.destination)
            return 0
        }
        return segment.source == node0 ? 0 : 1
    }

    /// Steps 4–6: trims old bytes, drops what is left with nothing new, appends or holds the rest.
    private mutating func append<Sink: FollowSink>(_ segment: FollowSegment, side: Int, into sink: inout Sink) {
        var sequence = segment.sequence
        var payload = segment.payload
        var length = segment.segmentLength
        let next = sides[side].next
        if sequence < next && next < sequence.advanced(by: length) {
            // tshark's unsigned `next - sequence`: 2³¹ when the two are exactly half the circle apart.
            let overlap = Int(sequence.forwardDistance(to: next))
            payload = UnsafeRawBufferPointer(rebasing: payload[min(overlap, payload.count)...])
            length -= overlap
            sequence = next
        }
        guard !payload.isEmpty, !(sequence < next) else { return }
        if sequence == next {
            sink.record(node: side, frameNumber: segment.frameNumber, timestamp: segment.timestamp, bytes: payload)
            sides[side].next = next.advanced(by: length)
            sides[side].written += UInt64(payload.count)
            while release(side, acknowledgment: nil, by: segment, into: &sink) {}
        } else {
            sides[side].pending.insert(PendingSegment(
                sequence: sequence, bytes: Array(payload),
                frameNumber: segment.frameNumber, timestamp: segment.timestamp))
        }
    }

    /// RELEASE: emits the first held-back segment (in arrival order) that now fits, or, when
    /// `acknowledgment` (the peer's ack) is past the lowest held-back sequence number, a
    /// missing-data marker (R4.9).
    /// - Returns: whether anything changed (callers repeat until it returns false).
    private mutating func release<Sink: FollowSink>(
        _ side: Int, acknowledgment: SequenceNumber?, by frame: FollowSegment, into sink: inout Sink
    ) -> Bool {
        guard !sides[side].pending.isEmpty else { return false }
        let next = sides[side].next
        if let entry = sides[side].pending.firstArrived(atOrBefore: next) {
            let held = entry.segment
            // Unsigned, as tshark's `new_pos`: a segment exactly 2³¹ behind has nothing new.
            let skip = Int(held.sequence.forwardDistance(to: next))
            if skip < held.bytes.count {
                held.bytes.withUnsafeBytes { bytes in
                    sink.record(node: side, frameNumber: held.frameNumber, timestamp: held.timestamp,
                                bytes: UnsafeRawBufferPointer(rebasing: bytes[skip...]))
                }
                sides[side].next = held.end
            }
            sides[side].pending.remove(entry)
            return true
        }
        guard let acknowledgment, let lowest = sides[side].pending.lowest(after: next), lowest < acknowledgment
        else { return false }
        sink.gap(node: side, missing: next.forwardDistance(to: lowest), frameNumber: frame.frameNumber)
        sides[side].next = lowest
        return true
    }
}
