import FilterFixtures
import Testing

@testable import DisplayFilter

/// Replays every accepted golden filter over tshark-dissected frames (`SnapshotFrame`) and
/// expects exactly the frames tshark kept.
///
/// This checks the evaluator's semantics independently of swfollow's decoder. The same goldens
/// are replayed over swfollow's own decoding of the captures (`FrameFieldView`, read from
/// `../shared`) by `FrameFieldsTests.FrameVerdictTests`, and `FrameFieldValueTests` checks that
/// view's values against these snapshots field by field.
@Suite("Golden frame verdicts over tshark-dissected frames")
struct GoldenVerdictTests {
    static let frames = SnapshotFrame.load()
    static let goldens = FixturePaths.goldens().filter { $0.frames != nil }

    @Test func snapshotsCoverEveryGoldenCapture() {
        let captures = Set(Self.goldens.flatMap { $0.frames?.keys.map { $0 } ?? [] })
        #expect(!captures.isEmpty)
        for capture in captures {
            #expect(Self.frames[capture]?.isEmpty == false, "no snapshot for \(capture)")
        }
    }

    @Test(arguments: goldens)
    func verdictsMatchTshark(_ golden: FilterGolden) throws {
        let filter = try DisplayFilter(compiling: golden.filter)
        for (capture, expected) in (golden.frames ?? [:]).sorted(by: { $0.key < $1.key }) {
            let kept = (Self.frames[capture] ?? []).filter { filter.matches($0) }.map(\.frame)
            #expect(kept == FilterGolden.frameNumbers(expected), "\(capture)")
        }
    }
}
