import FollowCore
import Foundation
import Testing

/// The tshark runs recorded in `../shared/spec-cases/out` (FOLLOW-SPEC §0), or nothing when the
/// shared folder is absent (the tests that need it are then skipped, and say so).
enum SpecCases {
    /// `../shared/spec-cases`, found from this file's path (Tests/FollowCoreTests/SpecCases.swift).
    static let directory: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let cases = root.deletingLastPathComponent().appendingPathComponent("shared/spec-cases")
        return FileManager.default.fileExists(atPath: cases.path + "/out/INDEX.txt") ? cases : nil
    }()

    static var isPresent: Bool { directory != nil }

    /// One recorded command: its label and tshark's arguments (without `tshark`).
    struct Command: Sendable, CustomTestStringConvertible {
        var label: String
        var arguments: [String]
        var testDescription: String { label }
    }

    /// Every command of `out/INDEX.txt`, in file order.
    static let commands: [Command] = {
        guard let directory,
            let index = try? String(contentsOf: directory.appendingPathComponent("out/INDEX.txt"), encoding: .utf8)
        else { return [] }
        return index.split(separator: "\n").compactMap { line in
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2 else { return nil }
            let words = shellWords(columns[1])
            guard words.first == "tshark" else { return nil }
            return Command(label: String(columns[0]), arguments: Array(words.dropFirst()))
        }
    }()

    /// The text of `out/<label>.<suffix>`, or nil.
    static func output(_ label: String, _ suffix: String) -> String? {
        guard let directory else { return nil }
        return try? String(contentsOf: directory.appendingPathComponent("out/\(label).\(suffix)"), encoding: .utf8)
    }

    /// Splits a command written by bash `printf %q`: words are separated by unescaped spaces, and
    /// a backslash quotes the next character.
    static func shellWords(_ line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == " " {
                words.append(word)
                word = ""
            } else {
                word.append(character)
            }
        }
        words.append(word)
        return words.filter { !$0.isEmpty }
    }

    /// `-H` files are given relative to the spec-cases folder, as tshark was run there.
    static func hostsFileCheck(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), let directory else { return HostsFileProbe.hasEntries(path) }
        return HostsFileProbe.hasEntries(directory.appendingPathComponent(path).path)
    }
}
