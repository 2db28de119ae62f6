import FilterFixtures
import Foundation
import Testing

@testable import DisplayFilter

/// Replays `Golden/corpus-fields` (tshark's `-T fields` lines for the shared corpus) through the
/// line writer: each line's values are read back into a frame, and the writer must print the
/// line again, protocol summaries included (their occurrences are taken from the line, and
/// the VLAN tags and pcapng interfaces from the summaries). This checks the formatting and
/// the summary rules on every frame of the corpus, independently of swfollow's decoder.
struct CorpusFieldsGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/corpus-fields")

    static let goldens: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".fields.gz") }.sorted()

    static let gzip = ["/usr/bin/gzip", "/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "Every corpus golden line formats back to itself", .enabled(if: gzip != nil, "needs gzip"),
        arguments: goldens)
    func replay(golden: String) throws {
        let lines = try Self.decompress(Self.folder.appendingPathComponent(golden)).split(
            separator: "\n", omittingEmptySubsequences: false)
        let names = try #require(lines.first).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var options = FieldOutputOptions()
        try options.apply("header=y")
        let writer = FieldLineWriter(columns: try FieldColumns(names: names, options: options))
        var header: [UInt8] = []
        writer.appendPreamble(to: &header)
        #expect(String(decoding: header, as: UTF8.self) == lines[0] + "\n")
        var mismatches = 0
        for line in lines.dropFirst() where !line.isEmpty {
            let (frame, interface) = Self.frame(names: names, line: line)
            var output: [UInt8] = []
            writer.appendLine(for: frame, interface: interface, to: &output)
            let text = String(decoding: output, as: UTF8.self)
            if text != line + "\n" {
                mismatches += 1
                if mismatches <= 3 { #expect(text == line + "\n") }
            }
        }
        #expect(mismatches == 0)
        #expect(lines.count > 2)
    }

    /// A frame holding the line's values, and the pcapng interface its `frame` summary names.
    static func frame(names: [String], line: Substring) -> (SnapshotFrame, FrameInterface?) {
        var fields: [String: [String]] = [:]
        var protocols: [String: [[SnapshotFrame.Span]]] = [:]
        var interface: FrameInterface?
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for (name, text) in zip(names, columns) where !text.isEmpty {
            switch name {
            case "frame":
                protocols[name] = [[.hex(""), .hex("")]]
                if let range = text.range(of: " on interface ") {
                    let rest = text[range.upperBound...]
                    let parts = rest.components(separatedBy: ", id ")
                    interface = FrameInterface(
                        name: parts[0] == "unknown" ? nil : Array(parts[0].utf8), id: Int(parts.last ?? "") ?? -1)
                }
            case "vlan":
                protocols[name] = text.components(separatedBy: ",802.1Q").map { summary in
                    let numbers = summary.split { !$0.isNumber }.compactMap { Int($0) }.suffix(3)
                    let tag =
                        numbers.count == 3
                        ? numbers[numbers.startIndex] << 13
                            | numbers[numbers.startIndex + 1] << 12 | numbers[numbers.startIndex + 2] : 0
                    return [.hex(String(format: "%04x", tag)), .hex(String(format: "%04x", tag))]
                }
            case "ip", "ipv6", "tcp", "udp":
                let marker =
                    switch name {
                    case "tcp": ",Transmission Control Protocol"
                    case "udp": ",User Datagram Protocol"
                    default: ",Internet Protocol Version"
                    }
                protocols[name] = text.components(separatedBy: marker).map { _ in [.hex(""), .hex("")] }
            case "tcp.flags.str":
                continue
            default:
                fields[name] = text.components(separatedBy: ",")
            }
        }
        let frame = SnapshotFrame(capture: "", frame: 0, raw: "", fields: fields, protocols: protocols)
        return (frame, interface)
    }

    /// The text of a `.gz` file, through the gzip command.
    static func decompress(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip ?? "gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
