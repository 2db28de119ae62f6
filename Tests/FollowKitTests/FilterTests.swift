import FollowKit
import Foundation
import Testing

/// Display filters through the public API: tshark's error texts and its frame selection.
@Suite("FrameFilter")
struct FilterTests {
    static let errors = GoldenFollow.layout.root.appendingPathComponent("Golden/display-filters/0010-filter-errors")

    @Test(
        "a refused filter gives tshark's message",
        arguments: [
            ("y-unknown-field", "tcp.nosuchfield == 1"), ("y-bad-ipv4-literal", "ip.addr == 10.0.0.300"),
            ("y-unbalanced-parenthesis", "(tcp.port == 80"), ("y-bad-regex", #"tcp.payload matches "(a""#),
            ("y-dangling-and", "tcp and"),
        ])
    func refused(_ name: String, _ text: String) throws {
        let status = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.errors.appendingPathComponent("\(name).status.json"))) as? [String: Any]
        let stderr = try #require(status?["stderr"] as? String)
        let message = stderr.dropFirst("<tool>: ".count).prefix { $0 != "\n" }
        do {
            _ = try FrameFilter(text)
            Issue.record("\(text) compiled")
        } catch {
            #expect(error.description == String(message))
        }
    }

    @Test("a filter selects the frames tshark's -Y selects")
    func selects() throws {
        let filter = try FrameFilter("tcp.len > 0")
        var frames = FrameReader(try Capture(path: CaptureTests.fieldsCapture.path))
        var selected: [UInt64] = []
        while let frame = try frames.next() {
            if filter.matches(frame) { selected.append(frame.number) }
        }
        let tsharkLines = try FrameReaderTests.tsharkLines().filter { $0[19] != "0" }.map { UInt64($0[0]) }
        #expect(selected == tsharkLines)
        #expect(!selected.isEmpty)
    }
}
