import DisplayFilter
import FilterFixtures
import Testing

/// swfollow's field values equal tshark's, field by field, on every frame tshark's snapshots
/// recorded (`field-snapshots.jsonl`), protocol bytes included.
@Suite("Frame fields equal tshark's", .enabled(if: SharedCaptures.isPresent, "../shared is absent"))
struct FrameFieldValueTests {
    static let snapshots = SnapshotFrame.load()

    @Test func snapshotsAreThere() {
        #expect(Self.snapshots.count == 8)
    }

    @Test(arguments: snapshots.keys.sorted())
    func valuesMatchTshark(_ capture: String) throws {
        let expected = Self.snapshots[capture] ?? []
        var frameCount = 0
        try SharedCaptures.forEachFrame(capture) { frame in
            frameCount += 1
            guard let tshark = expected.first(where: { $0.frame == Int(frame.number) }) else { return }
            for (index, definition) in FieldRegistry.decodedFields.enumerated() {
                let field = FieldID(index: index)
                let ours = FieldValueText.values(of: field, in: frame)
                let theirs = FieldValueText.values(of: field, in: tshark)
                #expect(ours == theirs, "frame \(frame.number) \(definition.name)")
            }
        }
        #expect(frameCount == expected.count)
    }
}
