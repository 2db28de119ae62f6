import Foundation

/// Locates `../shared` (relative to the package root) and the frame tables recorded from it.
enum SharedCorpus {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared reference folder, `../shared`.
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// Where `scripts/record-frame-table.sh` writes tshark's frame tables.
    static let fixtures = packageRoot.appendingPathComponent("Tests/CaptureFileTests/Fixtures")

    /// Whether `../shared` is present on this machine.
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("corpus/captures").path)
    }

    /// The captures that have a recorded table, as paths relative to `../shared`.
    static var recordedCaptures: [String] {
        guard let walker = FileManager.default.enumerator(atPath: fixtures.path) else { return [] }
        let suffix = ".frames.tsv"
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(suffix) }
            .map { String($0.dropLast(suffix.count)) }
            .sorted()
    }

    /// The captures under `../shared` (corpus and spec cases) that have no recorded table.
    static var unrecordedCaptures: [String] {
        let recorded = Set(recordedCaptures)
        var all: [String] = []
        for folder in ["corpus/captures", "spec-cases"] {
            let base = root.appendingPathComponent(folder)
            let names = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for name in names where [".pcap", ".pcapng", ".gz"].contains(where: name.hasSuffix) {
                if !name.hasPrefix("out/") { all.append("\(folder)/\(name)") }
            }
        }
        return all.filter { !recorded.contains($0) }.sorted()
    }
}
