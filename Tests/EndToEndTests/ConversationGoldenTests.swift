import Foundation
import Testing

/// `swfollow -r C -q -z conv,tcp` against tshark's table for every real capture of
/// `../shared/corpus/captures`, recorded in `Golden/corpus-conv` by
/// `scripts/record-conv-goldens.sh`: stdout byte for byte, exit status 0, nothing on stderr.
@Suite("conversation tables on real captures", .enabled(if: SharedMaterial.isPresent, "../shared is absent"))
struct ConversationGoldenTests {
    static let goldens = SharedMaterial.packageRoot.appendingPathComponent("Golden/corpus-conv")
    static let captures = SharedMaterial.root.appendingPathComponent("corpus/captures")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: captures.path)) ?? []
        return files.sorted()
    }()

    @Test func everyCaptureHasAGolden() throws {
        #expect(Self.names.count > 50)
        for name in Self.names {
            #expect(
                FileManager.default.fileExists(atPath: Self.goldens.appendingPathComponent(name + ".txt").path),
                "\(name)")
        }
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
