import PacketDecoding

@testable import TCPReassembly

/// tshark 4.0.17's follow reassembly written the plain way it is written there: held-back
/// segments in one list in arrival order, walked from the front for every release, 32-bit
/// unsigned arithmetic and the `LT_SEQ`/`GT_SEQ` comparisons. O(n) per release, and so slow on
/// purpose: the differential tests check ``FollowEngine`` against it.
struct ReferenceFollowEngine {
    private struct Held {
        var sequence: UInt32
        var bytes: [UInt8]
        var frame: UInt64
        var timestamp: Timestamp
    }

    private var nodes: (Endpoint, Endpoint)?
    private var next: [UInt32] = [0, 0]
    private var written: [UInt64] = [0, 0]
    private var held: [[Held]] = [[], []]

    private static func lt(_ a: UInt32, _ b: UInt32) -> Bool { Int32(bitPattern: a &- b) < 0 }
    private static func gt(_ a: UInt32, _ b: UInt32) -> Bool { Int32(bitPattern: b &- a) < 0 }

    mutating func process<Sink: FollowSink>(_ segment: FollowSegment, into sink: inout Sink) {
        if nodes == nil {
            nodes = (segment.source, segment.destination)
            sink.begin(node0: segment.source, node1: segment.destination)
        }
        let side = segment.source == nodes!.0 ? 0 : 1
        if !held[1 - side].isEmpty {
            while check(1 - side, acknowledged: segment.acknowledgment.rawValue, frame: segment.frameNumber,
                        useAck: true, &sink) {}
        }
        var sequence = segment.sequence.rawValue
        var length = UInt32(truncatingIfNeeded: segment.segmentLength)
        var offset: UInt32 = 0
        var dataLength = UInt32(segment.payload.count)
        if written[side] == 0 && next[side] == 0 { next[side] = sequence }
        if Self.lt(sequence, next[side]) {
            let end = sequence &+ length
            if Self.gt(end, next[side]) {
                offset = next[side] &- sequence
                dataLength = dataLength <= offset ? 0 : dataLength - offset
                sequence = next[side]
                length = end &- next[side]
            }
        }
        if dataLength == 0 || Self.lt(sequence, next[side]) { return }
        let bytes = Array(segment.payload[Int(offset)..<Int(offset + dataLength)])
        if sequence == next[side] {
            next[side] = next[side] &+ length
            written[side] += UInt64(bytes.count)
            bytes.withUnsafeBytes {
                sink.record(node: side, frameNumber: segment.frameNumber, timestamp: segment.timestamp, bytes: $0)
            }
            while check(side, acknowledged: 0, frame: segment.frameNumber, useAck: false, &sink) {}
        } else {
            held[side].append(Held(
                sequence: sequence, bytes: bytes, frame: segment.frameNumber, timestamp: segment.timestamp))
        }
    }

    private mutating func check<Sink: FollowSink>(
        _ side: Int, acknowledged: UInt32, frame: UInt64, useAck: Bool, _ sink: inout Sink
    ) -> Bool {
        guard let first = held[side].first else { return false }
        var lowest = first.sequence
        for (position, entry) in held[side].enumerated() {
            if Self.gt(lowest, entry.sequence) { lowest = entry.sequence }
            if Self.lt(entry.sequence, next[side]) {
                let end = entry.sequence &+ UInt32(entry.bytes.count)
                if Self.gt(end, next[side]) {
                    let newPosition = next[side] &- entry.sequence
                    if entry.bytes.count > Int(newPosition) {
                        entry.bytes[Int(newPosition)...].withUnsafeBytes {
                            sink.record(node: side, frameNumber: entry.frame, timestamp: entry.timestamp, bytes: $0)
                        }
                    }
                    next[side] = next[side] &+ (UInt32(entry.bytes.count) &- newPosition)
                }
                held[side].remove(at: position)
                return true
            }
            if entry.sequence == next[side] {
                entry.bytes.withUnsafeBytes {
                    sink.record(node: side, frameNumber: entry.frame, timestamp: entry.timestamp, bytes: $0)
                }
                next[side] = next[side] &+ UInt32(entry.bytes.count)
                held[side].remove(at: position)
                return true
            }
        }
        if useAck && Self.gt(acknowledged, lowest) {
            sink.gap(node: side, missing: lowest &- next[side], frameNumber: frame)
            next[side] = lowest
            return true
        }
        return false
    }
}
