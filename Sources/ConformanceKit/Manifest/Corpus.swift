import Foundation

/// Every case of a corpus, loaded from `Conformance/cases/**/case.json` and sorted by id.
public struct Corpus: Sendable {
    /// Why a corpus could not be loaded.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// The manifest that failed.
        public var path: String
        /// What went wrong.
        public var reason: String

        public var description: String { "\(path): \(reason)" }
    }

    /// The folders the corpus was read from.
    public let layout: CorpusLayout
    /// The cases, sorted by id (so `0002` runs before `0010`).
    public let cases: [CorpusCase]

    /// Loads every manifest below `layout.casesDirectory`.
    /// - Throws: `LoadError` for a manifest that is not valid JSON of the expected shape.
    public init(layout: CorpusLayout) throws {
        self.layout = layout
        var loaded: [CorpusCase] = []
        for id in try Self.caseIDs(below: layout.casesDirectory) {
            let file = layout.caseDirectory(id).appendingPathComponent("case.json")
            loaded.append(try Self.load(file: file, id: id))
        }
        cases = loaded.sorted { $0.id < $1.id }
    }

    /// Decodes one manifest.
    /// - Throws: `LoadError` naming the file.
    public static func load(file: URL, id: String) throws -> CorpusCase {
        do {
            var manifest = try JSONDecoder().decode(CorpusCase.self, from: Data(contentsOf: file))
            manifest.id = id
            return manifest
        } catch {
            throw LoadError(path: file.path, reason: "\(error)")
        }
    }

    /// The cases whose id equals `pattern` or starts with `pattern + "/"` or `pattern` (a prefix).
    public func cases(matching patterns: [String]) -> [CorpusCase] {
        guard !patterns.isEmpty else { return cases }
        return cases.filter { item in patterns.contains { item.id.hasPrefix($0) } }
    }

    /// Ids (`area/slug`) of every folder two levels below `directory` that holds a `case.json`.
    static func caseIDs(below directory: URL) throws -> [String] {
        let manager = FileManager.default
        var ids: [String] = []
        for area in try manager.contentsOfDirectory(atPath: directory.path).sorted() {
            let areaPath = directory.appendingPathComponent(area).path
            guard let slugs = try? manager.contentsOfDirectory(atPath: areaPath) else { continue }
            for slug in slugs.sorted()
            where manager.fileExists(atPath: areaPath + "/" + slug + "/case.json") {
                ids.append(area + "/" + slug)
            }
        }
        return ids
    }
}
