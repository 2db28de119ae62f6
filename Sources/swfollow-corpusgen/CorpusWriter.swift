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

    /// Regenerates every case into a temporary folder and compares it with the committed folders:
    /// captures and READMEs byte for byte, `case.json` as decoded manifests (JSON spacing may vary
    /// between Foundation versions).
    /// - Returns: one line per difference (empty when everything matches).
    func check(_ specs: [CaseSpec]) throws -> [String] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "corpusgen-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try CorpusWriter(casesDirectory: scratch).write(specs)
        var problems: [String] = []
        for spec in specs {
            for (name, _) in try files(of: spec) {
                let path = spec.id + "/" + name
                let committedURL = casesDirectory.appendingPathComponent(path)
                guard let committed = FileManager.default.contents(atPath: committedURL.path) else {
                    problems.append("missing: \(path)")
                    continue
                }
                let fresh = FileManager.default.contents(atPath: scratch.appendingPathComponent(path).path) ?? Data()
                if name == "case.json" {
                    if (try? Corpus.load(file: committedURL, id: spec.id)) != spec.manifest {
                        problems.append("differs: \(path)")
                    }
                } else if committed != fresh {
                    problems.append("differs: \(path) (\(committed.count) bytes committed, \(fresh.count) generated)")
                }
            }
        }
        let known = Set(specs.map(\.id))
        let corpus = try Corpus(
            layout: CorpusLayout(root: casesDirectory.deletingLastPathComponent().deletingLastPathComponent()))
        for item in corpus.cases where item.origin.kind == "generated" && !known.contains(item.id) {
            problems.append("not generated any more: \(item.id)")
        }
        return problems
    }

    /// Pretty JSON with sorted keys and a final newline.
    static func encode(_ manifest: CorpusCase) throws -> [UInt8] {
        [UInt8](try StableJSON.encode(manifest))
    }
}
