import Foundation
import Testing

/// `swfollow -r C -T fields -E header=y -e …` against tshark's lines for every real capture of
/// `../shared/corpus/captures`, recorded (gzip-compressed) in `Golden/corpus-fields` by
/// `scripts/record-fields-goldens.sh`. The fields are those of the golden's header line, so the
/// test always asks for exactly what tshark was asked for.
@Suite("-T fields on real captures", .enabled(if: SharedMaterial.isPresent, "../shared is absent"))
struct FieldsGoldenTests {
    static let goldens = SharedMaterial.packageRoot.appendingPathComponent("Golden/corpus-fields")
    static let captures = SharedMaterial.corpusCaptures
    static let names = SharedMaterial.corpusCaptureNames
    /// The capture whose OpenFlow messages carry whole frames, which tshark dissects too.
    static let openFlowCapture = "tcpdump__openflow-ericsson.pcapng"

    /// The decompressed golden.
    private static func golden(_ name: String) throws -> Data {
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-dc", goldens.appendingPathComponent(name + ".fields.gz").path]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        try gzip.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        return data
    }

    @Test func everyCaptureHasAGolden() throws {
        #expect(Self.names.count > 50)
        #expect(SharedMaterial.capturesWithoutGolden(in: Self.goldens, suffix: ".fields.gz") == [])
    }

    @Test("the lines match tshark's", arguments: names)
    func lines(_ name: String) throws {
        let expected = try Self.golden(name)
        let header = String(decoding: expected.prefix { $0 != 0x0A }, as: UTF8.self)
        let fields = header.split(separator: "\t").flatMap { ["-e", String($0)] }
        #expect(fields.count > 40)
        let result = try SwfollowProcess.run(
            ["-r", Self.captures.appendingPathComponent(name).path, "-T", "fields", "-E", "header=y"] + fields,
            in: Self.captures)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        guard result.standardOutput != expected else { return }
        let got = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n").map(String.init)
        let first =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(got.count, want.count)
        let gotLine = first < got.count ? got[first] : "<none>"
        let wantLine = first < want.count ? want[first] : "<none>"
        let difference = "\(name): line \(first + 1) differs\n  got:  \(gotLine)\n  want: \(wantLine)"
        if name == Self.openFlowCapture {
            withKnownIssue("tshark dissects the frames OpenFlow messages carry (README, known differences)") {
                Issue.record(Comment(rawValue: difference))
            }
        } else {
            Issue.record(Comment(rawValue: difference))
        }
    }
}
