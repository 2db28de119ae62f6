import Foundation

/// Where the corpus lives inside a repository: `Conformance/cases/` for inputs, `Golden/` for results.
public struct CorpusLayout: Sendable, Hashable {
    /// The repository root (the folder holding `Conformance/` and `Golden/`).
    public var root: URL

    /// Creates a layout for a known root.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Finds the root by walking up from `start` until a folder contains `Conformance/cases`.
    /// - Returns: `nil` when no ancestor has one.
    public static func locate(from start: URL) -> CorpusLayout? {
        var directory = start.standardizedFileURL
        while true {
            let marker = directory.appendingPathComponent("Conformance/cases").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: marker, isDirectory: &isDirectory), isDirectory.boolValue {
                return CorpusLayout(root: directory)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// `Conformance/cases`.
    public var casesDirectory: URL { root.appendingPathComponent("Conformance/cases") }
    /// `Golden`.
    public var goldenDirectory: URL { root.appendingPathComponent("Golden") }
    /// `Conformance`.
    public var conformanceDirectory: URL { root.appendingPathComponent("Conformance") }

    /// The folder of one case.
    public func caseDirectory(_ id: String) -> URL {
        casesDirectory.appendingPathComponent(id)
    }

    /// The golden folder of one case.
    public func goldenDirectory(_ id: String) -> URL {
        goldenDirectory.appendingPathComponent(id)
    }
}
