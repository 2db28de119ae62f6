import DisplayFilter
import FilterFixtures
import Testing

/// Every accepted golden filter, evaluated over swfollow's own decoding of the golden captures
/// (``FrameFieldReader``), keeps exactly the frames tshark kept.
@Suite(
    "Golden frame verdicts over swfollow's frame fields", .enabled(if: SharedCaptures.isPresent, "../shared is absent"))
struct FrameVerdictTests {
    static let goldens = FixturePaths.goldens().filter { $0.frames != nil }

    @Test func goldensAreThere() {
        #expect(Self.goldens.count > 200)
    }

    @Test(arguments: goldens)
    func verdictsMatchTshark(_ golden: FilterGolden) throws {
        let filter = try DisplayFilter(compiling: golden.filter)
        for (capture, expected) in (golden.frames ?? [:]).sorted(by: { $0.key < $1.key }) {
            var kept: [Int] = []
            try SharedCaptures.forEachFrame(capture) { frame in
                if filter.matches(frame) {
                    kept.append(Int(frame.number))
                }
            }
            #expect(kept == FilterGolden.frameNumbers(expected), "\(capture)")
        }
    }
}
