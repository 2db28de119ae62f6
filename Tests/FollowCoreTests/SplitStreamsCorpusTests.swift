import FollowCore
import Foundation
import Testing

/// Every TCP and UDP stream of the small shared corpus captures, split into its own capture with
/// the export's building blocks, follows as stream 0 exactly as it follows in the original
/// (``SplitComparison``). `scripts/check-split-streams` asks real tshark the same question of the
/// export command's captures.
@Suite struct SplitStreamsCorpusTests {
    /// `../shared/corpus/captures`, found from this file's path.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/captures")

    /// Captures small enough to follow every stream of in a test run (400 KB at most).
    static let captures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().filter { name in
            let size =
                (try? FileManager.default.attributesOfItem(atPath: corpus.appendingPathComponent(name).path))?[
                    .size] as? Int
            return (size ?? .max) <= 400_000
        }
    }()

    /// Streams compared per capture at most (the lowest numbers of each protocol).
    static let streamLimit = 150

    @Test(.enabled(if: !captures.isEmpty, "the shared corpus is absent"), arguments: captures)
    func splitStreamsFollowAsTheOriginal(_ name: String) throws {
        let original = Self.corpus.appendingPathComponent(name).path
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (streams, format) = try StreamSplitter.split(original, into: directory)
        for stream in streams.keys.sorted().prefix(Self.streamLimit) {
            let file = directory + "/" + StreamSplitter.fileName(stream, pcapng: format == .pcapng)
            let differences = SplitComparison.differences(
                original: original, stream: stream, split: file, frames: streams[stream] ?? [])
            #expect(differences.isEmpty)
        }
    }
}
