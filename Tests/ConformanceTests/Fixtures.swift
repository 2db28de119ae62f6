import ConformanceKit
import Foundation

/// Locates the repository, the corpus and the built `swfollow` binary for the tests.
enum Fixtures {
    /// The package root: `SWFOLLOW_REPO_ROOT`, or two levels above this file's folder.
    static let layout: CorpusLayout = {
        if let override = ProcessInfo.processInfo.environment["SWFOLLOW_REPO_ROOT"] {
            return CorpusLayout(root: URL(fileURLWithPath: override))
        }
        let here = URL(fileURLWithPath: #filePath)
        return CorpusLayout(
            root: here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    }()

    /// Every committed case (empty if the corpus cannot be read; `CorpusTests` then fails loudly).
    static let cases: [CorpusCase] = (try? Corpus(layout: layout).cases) ?? []

    /// `SWFOLLOW_BINARY`, or `swfollow` in the build products folder holding the test bundle.
    static func swfollowBinary() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SWFOLLOW_BINARY"] { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("swfollow"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(layout.root.appendingPathComponent(".build/debug/swfollow"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A temporary folder for one test, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "conformance-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension CorpusCase: CustomStringConvertible {
    /// The case id, used as the display name of each parameterised test.
    public var description: String { id }
}
