import Foundation
import Testing

/// `swfollow -r C -q -z conv,tcp` against tshark's table for every real capture of
/// `../shared/corpus/captures`, recorded in `Golden/corpus-conv` by
/// `scripts/record-conv-goldens.sh`: stdout byte for byte, exit status 0, nothing on stderr.
@Suite("conversation tables on real captures", .enabled(if: SharedMaterial.isPresent, "../shared is absent"))
struct ConversationGoldenTests {
    static let goldens = SharedMaterial.packageRoot.appendingPathComponent("Golden/corpus-conv")
    static let captures = SharedMaterial.corpusCaptures
    static let names = SharedMaterial.corpusCaptureNames

    @Test func everyCaptureHasAGolden() throws {
        #expect(Self.names.count > 50)
        #expect(SharedMaterial.capturesWithoutGolden(in: Self.goldens, suffix: ".txt") == [])
    }

    @Test("the table matches tshark's", arguments: names)
    func table(_ name: String) throws {
        let expected = try Data(contentsOf: Self.goldens.appendingPathComponent(name + ".txt"))
        let result = try SwfollowProcess.run(
            ["-r", Self.captures.appendingPathComponent(name).path, "-q", "-z", "conv,tcp"], in: Self.captures)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == expected, "differs from tshark: \(name)")
    }
}
