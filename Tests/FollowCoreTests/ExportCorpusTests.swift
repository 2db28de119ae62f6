import Foundation
import Testing

/// `swfollow export` over the real captures of `../shared/corpus`: for every recorded
/// `-q -z follow,tcp,raw,N` golden, the exported node files of stream N equal tshark's records of
/// that node with the missing-data markers left out (and a stream with no data is either not
/// exported or has empty files).
@Suite("export on real captures", .enabled(if: SharedCorpus.location != nil, "../shared/corpus is absent"))
struct ExportCorpusTests {
    /// tshark's follow tap sees OpenFlow-embedded packets' addresses (README, known differences).
    static let knownDifferences: Set<String> = ["tcpdump__openflow-ericsson 9"]

    /// The stems of `golden/*.cases`.
    static let stems: [String] = {
        guard let corpus = SharedCorpus.location else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path + "/golden")) ?? []
        return names.filter { $0.hasSuffix(".cases") }.map { String($0.dropLast(6)) }.sorted()
    }()

    @Test("node files equal tshark's raw records without markers", arguments: stems)
    func capture(_ stem: String) throws {
        let corpus = try #require(SharedCorpus.location)
        let captures = corpus.appendingPathComponent("captures").path
        let capture = try #require(
            try FileManager.default.contentsOfDirectory(atPath: captures).first { $0.hasPrefix(stem + ".") })
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = ExportFixture.run(["-r", captures + "/" + capture, "-o", directory])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        var exported: [Int: [[UInt8]]] = [:]
        for entry in try ExportFixture.index(directory) {
            exported[try #require(entry["stream"] as? Int)] = try ExportFixture.data(entry, in: directory)
        }
        let cases = try String(contentsOfFile: corpus.path + "/golden/\(stem).cases", encoding: .utf8)
        for line in cases.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, fields[1] == "0", fields[0].hasPrefix("-q -z follow,tcp,raw,"),
                let stream = fields[0].split(separator: ",").last.flatMap({ Int($0) })
            else { continue }
            let golden = try ExportFixture.bytes(corpus.path + "/golden/" + fields[2])
            let expected = ExportFixture.nodeBytes(ofRawBlock: golden)
            let got = exported[stream] ?? [[], []]
            if Self.knownDifferences.contains("\(stem) \(stream)") {
                withKnownIssue("OpenFlow-embedded packets rewrite tshark's addresses") { #expect(got == expected) }
            } else {
                #expect(got == expected, "\(stem) stream \(stream)")
            }
        }
    }
}

/// `../shared/corpus` (the real captures and tshark's goldens), found from this file's path, or
/// nil when the shared folder is absent.
enum SharedCorpus {
    static let location: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.path + "/golden") ? corpus : nil
    }()
}
