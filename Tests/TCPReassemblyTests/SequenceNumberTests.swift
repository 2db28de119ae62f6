import TestSupport
import Testing

@testable import TCPReassembly

@Suite("SequenceNumber serial arithmetic")
struct SequenceNumberTests {
    @Test(
        "orders across the 2^32 wrap",
        arguments: [
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
