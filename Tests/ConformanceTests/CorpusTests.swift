import ConformanceKit
import Foundation
import Testing

/// The committed corpus is well-formed: manifests load, ids are unique, every invocation has a golden.
@Suite("Corpus and goldens")
struct CorpusTests {
    @Test("at least 120 cases load, sorted by id")
    func loads() throws {
        let corpus = try Corpus(layout: Fixtures.layout)
        #expect(corpus.cases.count >= 120)
        #expect(corpus.cases.map(\.id) == corpus.cases.map(\.id).sorted())
        #expect(Set(corpus.cases.map(\.id)).count == corpus.cases.count)
    }

    @Test("every invocation has a recorded golden")
    func goldensExist() throws {
        let store = GoldenStore(layout: Fixtures.layout)
        var missing: [String] = []
        for testCase in Fixtures.cases {
            for invocation in testCase.invocations
            where try store.load(caseID: testCase.id, invocation: invocation.name) == nil {
                missing.append(testCase.id + "/" + invocation.name)
            }
        }
        #expect(missing.isEmpty, "no golden for \(missing.prefix(10))")
    }

    @Test("captures exist unless the case is about a missing file")
    func capturesExist() {
        let absent = Fixtures.cases.filter {
            !FileManager.default.fileExists(
                atPath: Fixtures.layout.caseDirectory($0.id).appendingPathComponent($0.capture).path)
        }
        #expect(absent.allSatisfy { $0.capture == "missing.pcap" }, "\(absent.map(\.id))")
        #expect(!absent.isEmpty)
    }

    @Test("golden stderr is canonical: no 'Running as user' line, no 'tshark:' prefix")
    func goldensCanonical() throws {
        let store = GoldenStore(layout: Fixtures.layout)
        for testCase in Fixtures.cases {
            for invocation in testCase.invocations {
                guard let golden = try store.load(caseID: testCase.id, invocation: invocation.name) else { continue }
                #expect(!golden.stderr.contains("Running as user"))
                #expect(!golden.stderr.hasPrefix("tshark:"))
            }
        }
    }

    @Test("the loader rejects a malformed manifest and names the file")
    func malformedManifest() throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Conformance/cases/area/0001-bad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"summary\": 3}".utf8).write(to: folder.appendingPathComponent("case.json"))
        #expect {
            try Corpus(layout: CorpusLayout(root: root))
        } throws: { error in
            "\(error)".contains("0001-bad/case.json")
        }
    }

    @Test("the loader finds cases two levels down and fills in id and area")
    func minimalCorpus() throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for id in ["b-area/0002-second", "a-area/0010-tenth", "a-area/0002-second"] {
            let folder = root.appendingPathComponent("Conformance/cases/" + id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let manifest =
                #"{"summary":"s","capture":"c.pcap","origin":{"kind":"generated"},"invocations":[],"tags":[],"divergence":null}"#
            try Data(manifest.utf8).write(to: folder.appendingPathComponent("case.json"))
        }
        let corpus = try Corpus(layout: CorpusLayout(root: root))
        #expect(corpus.cases.map(\.id) == ["a-area/0002-second", "a-area/0010-tenth", "b-area/0002-second"])
        #expect(corpus.cases.map(\.area) == ["a-area", "a-area", "b-area"])
        #expect(corpus.cases(matching: ["a-area/0010"]).map(\.id) == ["a-area/0010-tenth"])
        #expect(
            CorpusLayout.locate(from: root.appendingPathComponent("Conformance/cases/a-area"))?.root.path
                == root.standardizedFileURL.path)
    }
}
