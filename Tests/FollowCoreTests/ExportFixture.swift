import FollowCore
import Foundation

/// Runs `swfollow export` in-process and reads back what it wrote, for the export tests.
enum ExportFixture {
    /// A fresh directory path that does not exist yet.
    static func directory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("swfollow-export-\(UUID().uuidString)").path
    }

    /// `swfollow export ARGUMENTS`.
    static func run(_ arguments: [String]) -> SwfollowCommand.Outcome {
        SwfollowCommand.run(["export"] + arguments)
    }

    /// The objects of `DIR/index.jsonl`, in file order.
    static func index(_ directory: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: directory + "/index.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// The two data files an index object names, read back.
    static func data(_ entry: [String: Any], in directory: String) throws -> [[UInt8]] {
        try (entry["data"] as? [String] ?? []).map { try bytes(directory + "/" + $0) }
    }

    /// A file's bytes.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Each node's bytes as a `follow,PROTO,raw` block (`text`) lists them: its hex record lines
    /// (Node 1's start with a tab) decoded and concatenated, missing-data markers left out.
    static func nodeBytes(ofRawBlock text: [UInt8]) -> [[UInt8]] {
        var nodes: [[UInt8]] = [[], []]
        for line in text.split(separator: 0x0A) {
            let node = line.first == 0x09 ? 1 : 0
            let hex = line.drop { $0 == 0x09 }
            guard !hex.isEmpty, hex.count % 2 == 0, hex.allSatisfy(isHexDigit) else { continue }
            let record = stride(from: hex.startIndex, to: hex.endIndex, by: 2).compactMap {
                UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)
            }
            if isMarker(record) { continue }
            nodes[node] += record
        }
        return nodes
    }

    /// Each node's bytes of `swfollow -q -z follow,PROTO,raw,STREAM` on `path`, markers left out.
    static func followedBytes(_ path: String, _ followed: String = "tcp", stream: Int) -> [[UInt8]] {
        nodeBytes(
            ofRawBlock: SwfollowCommand.run(["-r", path, "-q", "-z", "follow,\(followed),raw,\(stream)"])
                .standardOutput)
    }

    /// Whether a record is follow's `[N bytes missing in capture file]` marker (with its NUL).
    private static func isMarker(_ record: [UInt8]) -> Bool {
        let text = String(decoding: record, as: UTF8.self)
        return text.hasPrefix("[") && text.hasSuffix(" bytes missing in capture file]\0")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }
}
