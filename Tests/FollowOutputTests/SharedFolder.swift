import Foundation

/// The read-only reference folder `../shared` next to the package root (FOLLOW-SPEC, spec cases,
/// corpus goldens), or nil when it is absent (tests that need it are then skipped).
enum SharedFolder {
    /// The package root, found from this file's path (Tests/FollowOutputTests/SharedFolder.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, if it exists.
    static let url: URL? = {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let index = shared.appendingPathComponent("spec-cases/out/INDEX.txt").path
        return FileManager.default.fileExists(atPath: index) ? shared : nil
    }()

    /// Whether `../shared` is there.
    static var isPresent: Bool { url != nil }

    /// The bytes of a file under `../shared`, or nil.
    static func bytes(_ relativePath: String) -> [UInt8]? {
        guard let url, let data = FileManager.default.contents(atPath: url.appendingPathComponent(relativePath).path)
        else { return nil }
        return [UInt8](data)
    }

    /// The text of a file under `../shared`, or nil.
    static func text(_ relativePath: String) -> String? {
        bytes(relativePath).map { String(decoding: $0, as: UTF8.self) }
    }
}
