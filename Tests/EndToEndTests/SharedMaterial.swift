import Foundation

/// Locates the repository and the read-only reference material in `../shared` (present on
/// developers' machines and in CI, absent elsewhere: tests that need it are skipped visibly).
enum SharedMaterial {
    /// The package root, found from this file's path (`Tests/EndToEndTests/…`).
    static let packageRoot: URL = {
        if let root = ProcessInfo.processInfo.environment["SWFOLLOW_REPO_ROOT"] {
            return URL(fileURLWithPath: root)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    /// `../shared` next to the package root.
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The spec cases (captures and tshark's outputs).
    static let specCases = root.appendingPathComponent("spec-cases")

    /// The real captures of `../shared/corpus/captures`.
    static let corpusCaptures = root.appendingPathComponent("corpus/captures")

    /// Their file names, sorted (empty when the material is absent).
    static let corpusCaptureNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpusCaptures.path)) ?? []
        return files.sorted()
    }()

    /// The corpus captures without a `<name><suffix>` file in `folder` (a golden tshark output
    /// recorded into the repository for each one).
    static func capturesWithoutGolden(in folder: URL, suffix: String) -> [String] {
        corpusCaptureNames.filter {
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent($0 + suffix).path)
        }
    }

    /// Whether the material is there.
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: specCases.appendingPathComponent("out/INDEX.txt").path)
    }

    /// The built `swfollow` executable, next to the test bundle in the build products folder.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["SWFOLLOW_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while products.pathExtension == "xctest" || products.lastPathComponent == "MacOS"
            || products.lastPathComponent == "Contents"
        {
            products.deleteLastPathComponent()
        }
        return products.appendingPathComponent("swfollow")
    }()
}
