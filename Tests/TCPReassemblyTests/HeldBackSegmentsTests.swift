import PacketDecoding
import TestSupport
import Testing

@testable import TCPReassembly

/// The held-back segment set's two queries at the edges of tshark's serial comparisons, and
/// against a plain list walked from the front.
@Suite("HeldBackSegments")
struct HeldBackSegmentsTests {
    private func segment(_ sequence: UInt32, _ count: Int = 1, frame: UInt64 = 0) -> PendingSegment {
        PendingSegment(
            sequence: SequenceNumber(sequence), bytes: [UInt8](repeating: 0x61, count: count), frameNumber: frame,
            timestamp: .zero)
    }

    @Test("at or before next means within the 2³¹ numbers up to it, both ends included")
    func windowEdges() {
        for next: UInt32 in [0, 5, 1 << 31, (1 << 31) - 1, (1 << 31) + 1, UInt32.max] {
            let cases: [(UInt32, Bool)] = [
                (next, true), (next &- 1, true), (next &- (1 << 31), true),
                (next &- (1 << 31) &- 1, false), (next &+ 1, false), (next &+ (1 << 31) &- 1, false),
            ]
            for (sequence, fits) in cases {
                var held = HeldBackSegments()
                held.insert(segment(sequence))
                #expect((held.firstArrived(atOrBefore: SequenceNumber(next)) != nil) == fits, "next \(next) seq \(sequence)")
            }
        }
    }

    @Test("the earliest arrival wins among segments at or before next, whatever their numbers")
    func arrivalOrder() {
        var held = HeldBackSegments()
        held.insert(segment(30, frame: 1))
        held.insert(segment(10, frame: 2))
        held.insert(segment(20, frame: 3))
        held.insert(segment(5, frame: 4))
        #expect(held.firstArrived(atOrBefore: SequenceNumber(25))?.segment.frameNumber == 2)
        if let entry = held.firstArrived(atOrBefore: SequenceNumber(25)) { held.remove(entry) }
        #expect(held.firstArrived(atOrBefore: SequenceNumber(25))?.segment.frameNumber == 3)
        #expect(held.firstArrived(atOrBefore: SequenceNumber(4)) == nil)
        #expect(held.lowest(after: SequenceNumber(4))?.rawValue == 5)
        #expect(held.lowest(after: SequenceNumber(25))?.rawValue == 30)
    }

    @Test("the lowest number ahead goes round the wrap")
    func lowestAcrossWrap() {
        var held = HeldBackSegments()
        held.insert(segment(3))
        held.insert(segment(UInt32.max - 1))
        #expect(held.lowest(after: SequenceNumber(UInt32.max - 10))?.rawValue == UInt32.max - 1)
        #expect(held.lowest(after: SequenceNumber(UInt32.max))?.rawValue == 3)
    }

    @Test("a copy no longer than an earlier segment at the same number is not kept; a longer one is")
    func duplicates() {
        var held = HeldBackSegments()
        held.insert(segment(100, 4, frame: 1))
        held.insert(segment(100, 4, frame: 2))
        held.insert(segment(100, 2, frame: 3))
        held.insert(segment(100, 6, frame: 4))
        var frames: [UInt64] = []
        while let entry = held.firstArrived(atOrBefore: SequenceNumber(100)) {
            frames.append(entry.segment.frameNumber)
            held.remove(entry)
        }
        #expect(frames == [1, 4])
        #expect(held.isEmpty)
    }

    @Test("20,000 random operations answer as a list walked from the front", arguments: 0..<4)
    func againstList(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var held = HeldBackSegments()
        var list: [PendingSegment] = []
        let base = UInt32(truncatingIfNeeded: random.next())
        for frame in 0..<20_000 {
            let next = SequenceNumber(base &+ UInt32(random.next(upTo: 400)))
            if random.next(upTo: 3) > 0 {
                let sequence = random.next(upTo: 8) == 0
                    ? UInt32(truncatingIfNeeded: random.next()) : base &+ UInt32(random.next(upTo: 400))
                let new = segment(sequence, 1 + random.next(upTo: 4), frame: UInt64(frame))
                let covered = list.last { $0.sequence == new.sequence }.map { $0.bytes.count >= new.bytes.count }
                if covered != true { list.append(new) }
                held.insert(new)
            }
            let expected = list.firstIndex { $0.sequence == next || $0.sequence < next }
            let found = held.firstArrived(atOrBefore: next)
            #expect(found?.segment.frameNumber == expected.map { list[$0].frameNumber })
            if let expected, let found, random.next(upTo: 2) == 0 {
                list.remove(at: expected)
                held.remove(found)
            } else if expected == nil, let first = list.first {
                let lowest = list.reduce(first.sequence) { $1.sequence < $0 ? $1.sequence : $0 }
                #expect(held.lowest(after: next) == lowest)
            }
        }
    }
}
