import CaptureFile
import Foundation
import PacketDecoding
import Testing

/// Every capture in `../shared` reads as tshark reads it: the same frames, lengths, timestamps
/// and final error (tables recorded by `scripts/record-frame-table.sh`).
@Suite(.enabled(if: SharedCorpus.isPresent, "../shared is absent"))
struct SharedCorpusTests {
    /// Every capture under `../shared` has a recorded table (rerun the script after adding one).
    @Test func everyCaptureIsRecorded() {
        #expect(SharedCorpus.unrecordedCaptures == [])
    }

    @Test(arguments: SharedCorpus.recordedCaptures)
    func framesMatchTshark(capture: String) throws {
        let expected = try String(
            contentsOf: SharedCorpus.fixtures.appendingPathComponent(capture + ".frames.tsv"), encoding: .utf8
        )
        let path = SharedCorpus.root.appendingPathComponent(capture).path
        #expect(FrameTable.read(path: path, frameLimit: FrameTable.frameLimit(ofRecorded: expected)) == expected)
    }
}
