import FollowCore
import Foundation
import Testing

/// `swfollow export` over the real captures of `../shared/corpus`: for every recorded
/// `-q -z follow,tcp,raw,N` golden (in `golden/`) and `follow,udp,raw,N` golden (in
/// `golden-udp/`), the exported node files of that stream equal tshark's records of each node with
/// the missing-data markers left out (a stream without frames is not exported: no data); and with
/// `--pcap`, every recorded single-block golden of that stream (any mode but yaml, whose frame
/// numbers the stream's own capture renumbers) is what following the stream's capture as stream 0
/// prints, its `Filter:` line saying `eq 0`.
@Suite("export on real captures", .enabled(if: SharedCorpus.location != nil, "../shared/corpus is absent"))
struct ExportCorpusTests {
    /// tshark's follow tap sees OpenFlow-embedded packets' addresses (README, known differences).
    static let knownDifferences: Set<String> = ["tcpdump__openflow-ericsson tcp 9", "tcpdump__openflow-ericsson udp 0"]

    /// The golden folder of each protocol.
    static let folders = ["tcp": "golden", "udp": "golden-udp"]

    /// Every (protocol, capture stem) with goldens.
    static let cases: [(String, String)] = {
        guard let corpus = SharedCorpus.location else { return [] }
        return folders.sorted { $0.key < $1.key }.flatMap { followed, folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path + "/" + folder)) ?? []
            return names.filter { $0.hasSuffix(".cases") }.map { (followed, String($0.dropLast(6))) }.sorted { $0 < $1 }
        }
    }()

    @Test("node files equal tshark's raw records without markers", arguments: cases)
    func capture(_ followed: String, _ stem: String) throws {
        let corpus = try #require(SharedCorpus.location)
        let golden = corpus.path + "/" + (Self.folders[followed] ?? "")
        let captures = corpus.appendingPathComponent("captures").path
        let capture = try #require(
            try FileManager.default.contentsOfDirectory(atPath: captures).first { $0.hasPrefix(stem + ".") })
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = ExportFixture.run(
            ["-r", captures + "/" + capture, "-o", directory, "--proto", followed, "--pcap"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        var exported: [Int: [[UInt8]]] = [:]
        var pcaps: [Int: String] = [:]
        for entry in try ExportFixture.index(directory) {
            let stream = try #require(entry["stream"] as? Int)
            exported[stream] = try ExportFixture.data(entry, in: directory)
            pcaps[stream] = (entry["pcap"] as? String).map { directory + "/" + $0 }
        }
        let cases = try String(contentsOfFile: golden + "/\(stem).cases", encoding: .utf8)
        for line in cases.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, fields[1] == "0" else { continue }
            try checkCapture(fields, followed: followed, stem: stem, pcaps: pcaps, golden: golden)
            guard fields[0].hasPrefix("-q -z follow,\(followed),raw,"),
                let stream = fields[0].split(separator: ",").last.flatMap({ Int($0) })
            else { continue }
            let expected = ExportFixture.nodeBytes(ofRawBlock: try ExportFixture.bytes(golden + "/" + fields[2]))
            let got = exported[stream] ?? [[], []]
            if Self.knownDifferences.contains("\(stem) \(followed) \(stream)") {
                withKnownIssue("OpenFlow-embedded packets rewrite tshark's addresses") { #expect(got == expected) }
            } else {
                #expect(got == expected, "\(stem) \(followed) stream \(stream)")
            }
        }
    }

    /// For a golden `-q -z follow,P,MODE,N` (one block, MODE not yaml): following the exported
    /// capture of stream N as stream 0 prints the golden with `Filter: P.stream eq 0`.
    private func checkCapture(
        _ fields: [String], followed: String, stem: String, pcaps: [Int: String], golden: String
    ) throws {
        let words = fields[0].split(separator: " ")
        guard words.count == 3, words[0] == "-q", words[1] == "-z" else { return }
        let parts = words[2].split(separator: ",")
        guard parts.count == 4, parts[0] == "follow", parts[1] == followed, parts[2] != "yaml",
            let stream = Int(parts[3]), let pcap = pcaps[stream]
        else { return }
        var expected = try ExportFixture.bytes(golden + "/" + fields[2])
        let filter = Array("Filter: \(followed).stream eq \(stream)\n".utf8)
        if let range = expected.firstRange(of: filter) {
            expected.replaceSubrange(range, with: Array("Filter: \(followed).stream eq 0\n".utf8))
        }
        let got = SwfollowCommand.run(["-r", pcap, "-q", "-z", "follow,\(followed),\(parts[2]),0"]).standardOutput
        if Self.knownDifferences.contains("\(stem) \(followed) \(stream)") {
            withKnownIssue("OpenFlow-embedded packets rewrite tshark's addresses") { #expect(got == expected) }
        } else {
            #expect(got == expected, "\(stem) \(followed) stream \(stream) \(parts[2]) from its own capture")
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
