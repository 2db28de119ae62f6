import PacketDecoding
import TestSupport
import Testing

@testable import TCPReassembly

/// ``FollowEngine`` against ``ReferenceFollowEngine`` (tshark's list walk, written plainly) on
/// random frame scripts full of what hostile captures hold: reordering, duplicates, overlaps,
/// holes, acknowledgments past holes, wire lengths beyond the captured bytes, sequence numbers
/// near the 32-bit wrap and exactly half the circle (2³¹) away from the next expected byte.
@Suite("FollowEngine against tshark's plain algorithm")
struct FollowEngineDifferentialTests {
    /// Everything a sink is told, in order, as text.
    private struct TranscriptSink: FollowSink {
        var lines: [String] = []

        mutating func begin(node0: Endpoint, node1: Endpoint) {
            lines.append("begin \(node0.port) \(node1.port)")
        }

        mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
            lines.append("\(node) #\(frameNumber) " + bytes.map { String($0, radix: 16) }.joined(separator: "."))
        }
    }

    /// A random frame script: frames from both sides around each side's moving position.
    private struct Script {
        var random: SplitMix64
        var position: [UInt32]
        var frame: UInt64 = 0

        init(seed: UInt64) {
            random = SplitMix64(seed: seed)
            let starts: [UInt32] = [0, 1, UInt32.max - 20, 1 << 31, 0x7FFF_FFF0]
            let first =
                random.next(upTo: 2) == 0 ? starts[random.next(upTo: starts.count)] : UInt32(truncatingIfNeeded: random.next())
            let second = random.next(upTo: 3) == 0 ? first : UInt32(truncatingIfNeeded: random.next())
            position = [first, second]
        }

        /// A sequence number near `around`, or one of the awkward distances from it.
        mutating func sequence(near around: UInt32) -> UInt32 {
            switch random.next(upTo: 20) {
            case 0: return around &+ (1 << 31)
            case 1: return around &- (1 << 31)
            case 2: return around &+ (1 << 31) &- 1
            case 3: return around &+ (1 << 31) &+ 1
            case 4: return 0
            case 5: return UInt32(truncatingIfNeeded: random.next())
            default: return around &+ UInt32(bitPattern: Int32(random.next(upTo: 90) - 30))
            }
        }

        mutating func nextSegment() -> (FollowSegment, [UInt8]) {
            frame += 1
            let side = random.next(upTo: 2)
            let sequence = self.sequence(near: position[side])
            let count = random.next(upTo: 4) == 0 ? 0 : 1 + random.next(upTo: 12)
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: Int(frame) &* 7 &+ $0) }
            var wire = count
            switch random.next(upTo: 12) {
            case 0: wire = count + random.next(upTo: 8)
            case 1: wire = (1 << 31) + random.next(upTo: 3) - 1
            case 2: wire = Int(UInt32.max) - random.next(upTo: 3)
            default: break
            }
            if random.next(upTo: 3) > 0 { position[side] = sequence &+ UInt32(truncatingIfNeeded: wire) }
            let acknowledgment = self.sequence(near: position[1 - side])
            let ports: (UInt16, UInt16) = side == 0 ? (1000, 80) : (80, 1000)
            let segment = FollowSegment(
                source: Endpoint(address: .v4(1), port: ports.0),
                destination: Endpoint(address: .v4(1), port: ports.1),
                sequence: SequenceNumber(sequence), acknowledgment: SequenceNumber(acknowledgment),
                segmentLength: wire, payload: UnsafeRawBufferPointer(start: nil, count: 0),
                frameNumber: frame, timestamp: Timestamp(seconds: Int64(frame), nanoseconds: 0))
            return (segment, bytes)
        }
    }

    @Test("the same records, markers and frame numbers on 3,000 random scripts", arguments: 0..<30)
    func randomScripts(batch: Int) {
        for seed in (batch * 100)..<(batch * 100 + 100) {
            var script = Script(seed: UInt64(seed))
            var engine = FollowEngine()
            var reference = ReferenceFollowEngine()
            var mine = TranscriptSink()
            var theirs = TranscriptSink()
            for _ in 0..<(20 + seed % 200) {
                var (segment, bytes) = script.nextSegment()
                bytes.withUnsafeBytes { payload in
                    segment.payload = payload
                    engine.process(segment, into: &mine)
                    reference.process(segment, into: &theirs)
                }
            }
            #expect(mine.lines == theirs.lines, "seed \(seed)")
            if mine.lines != theirs.lines { return }
        }
    }

    @Test("a zero-length segment exactly 2³¹ ahead of the next byte is dropped, data goes on")
    func halfCircleEmptySegment() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "hello")
        s.send("c", seq: 6 &+ (1 << 31), ack: 1)
        s.send("c", seq: 6, ack: 1, " world")
        #expect(s.sink.records == ["0:hello", "0: world"])
    }

    @Test("a thousand copies of one held-back segment are held once and released once")
    func repeatedHeldSegment() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "a")
        for _ in 0..<1_000 {
            s.send("c", seq: 10, ack: 1, "later")
        }
        s.send("c", seq: 10, ack: 1, "later!")
        s.send("c", seq: 2, ack: 1, "bcdefghi")
        #expect(s.sink.records == ["0:a", "0:bcdefghi", "0:later", "0:!"])
        #expect(s.sink.frames == [1, 1003, 2, 1002])
    }
}
