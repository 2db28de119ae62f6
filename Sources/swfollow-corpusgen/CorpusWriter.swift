import ConformanceKit
import Foundation

/// Writes generated cases into `Conformance/cases/`, or checks that the committed files match.
struct CorpusWriter {
    let casesDirectory: URL

    /// Writes every case folder: capture, `case.json`, README.md (if any).
    func write(_ specs: [CaseSpec]) throws {
        for spec in specs {
            let folder = casesDirectory.appendingPathComponent(spec.id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, content) in try files(of: spec) {
                try Data(content).write(to: folder.appendingPathComponent(name))
            }
        }
    }

    /// The files of one case folder.
    func files(of spec: CaseSpec) throws -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = [("case.json", try Self.encode(spec.manifest))]
        if let capture = spec.captureBytes { result.append((spec.captureName, capture)) }
        if let readme = spec.readme { result.append(("README.md", Array(("# " + spec.id + "\n\n" + readme).utf8))) }
        return result
    }

    /// Compares committed folders with what the generator makes now.
    /// - Returns: one line per difference (empty when everything matches).
    func check(_ specs: [CaseSpec]) throws -> [String] {
        var problems: [String] = []
        for spec in specs {
            let folder = casesDirectory.appendingPathComponent(spec.id)
            for (name, expected) in try files(of: spec) {
                let path = spec.id + "/" + name
                guard let committed = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                    problems.append("missing: \(path)")
                    continue
                }
                if name == "case.json" {
                    let manifest = try? Corpus.load(file: folder.appendingPathComponent(name), id: spec.id)
                    if manifest != spec.manifest { problems.append("differs: \(path)") }
                } else if [UInt8](committed) != expected {
                    problems.append("differs: \(path) (\(committed.count) bytes committed, \(expected.count) generated)")
                }
            }
        }
        let known = Set(specs.map(\.id))
        let corpus = try Corpus(layout: CorpusLayout(root: casesDirectory.deletingLastPathComponent().deletingLastPathComponent()))
        for item in corpus.cases where item.origin.kind == "generated" && !known.contains(item.id) {
            problems.append("not generated any more: \(item.id)")
        }
        return problems
    }

    /// Pretty JSON with sorted keys and a final newline.
    static func encode(_ manifest: CorpusCase) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(manifest)) + [0x0A]
    }
}
