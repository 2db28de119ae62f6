import FollowKit
import Foundation
import Testing

/// Follow blocks made through the public API only, compared byte for byte with tshark's goldens.
@Suite("FollowKit follow blocks against the tshark goldens")
struct FollowBlockTests {
    @Test("the corpus has plenty of library-reproducible goldens, in every mode and both protocols")
    func coverage() {
        let all = GoldenFollow.all
        #expect(all.count > 600)
        #expect(Set(all.map(\.mode)) == Set(FollowMode.allCases))
        #expect(all.contains { $0.target.transport == .udp })
        #expect(all.contains { if case .endpoints = $0.target { true } else { false } })
        #expect(all.contains { $0.records != nil })
    }

    @Test("block", arguments: GoldenFollow.all)
    func matchesGolden(_ golden: GoldenFollow) throws {
        let expected = try Data(contentsOf: golden.golden)
        #expect(Data(try Self.block(golden)) == expected)
    }

    /// The block `golden` describes, as a library user makes it; text taken early is kept in order.
    static func block(_ golden: GoldenFollow) throws -> [UInt8] {
        var frames = FrameReader(try Capture(path: golden.capture.path))
        var follower = StreamFollower(golden.target)
        var block = FollowBlockFormatter(mode: golden.mode, target: golden.target, records: golden.records)
        var text: [UInt8] = []
        while let frame = try? frames.next() {
            follower.process(frame, into: &block)
            block.takeText(atLeast: 1) { text += $0 }
        }
        follower.finish(into: &block)
        return text + block.finish()
    }
}
