import Testing
@testable import TCPReassembly

@Suite("SequenceNumber serial arithmetic")
struct SequenceNumberTests {
    @Test("orders across the 2^32 wrap", arguments: [
        (UInt32(0xFFFF_FFF0), UInt32(0x0000_0010)),
        (UInt32(0), UInt32(1)),
        (UInt32(0x7FFF_FFFE), UInt32(0x8000_0001)),
    ])
    func ordersAcrossWrap(lower: UInt32, higher: UInt32) {
        #expect(SequenceNumber(lower) < SequenceNumber(higher))
        #expect(!(SequenceNumber(higher) < SequenceNumber(lower)))
        #expect(SequenceNumber(lower).distance(to: SequenceNumber(higher)) == Int(higher &- lower))
    }

    @Test("advancing wraps and distance inverts it")
    func advanceAndDistance() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let start = SequenceNumber(UInt32(truncatingIfNeeded: generator.next()))
            let step = Int(generator.next() % 0x7FFF_FFFF)
            let end = start.advanced(by: step)
            #expect(start.distance(to: end) == step)
            #expect(end.distance(to: start) == -step)
            #expect(step == 0 || start < end)
        }
    }

    @Test("forward distance is the unsigned gap tshark prints")
    func forwardDistance() {
        #expect(SequenceNumber(10).forwardDistance(to: SequenceNumber(15)) == 5)
        #expect(SequenceNumber(0xFFFF_FFFE).forwardDistance(to: SequenceNumber(3)) == 5)
    }
}

/// A small deterministic generator for property-style tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
