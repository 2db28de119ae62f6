import Foundation
import Testing

/// Replays every recorded tshark invocation of `../shared/spec-cases/out/INDEX.txt` with the built
/// `swfollow` (from the spec-cases folder, as tshark ran) and compares stdout bytes, exit status and
/// stderr (with `tshark:` read as `swfollow:`), like `../shared/tools/compare-index`.
@Suite("tshark spec cases", .enabled(if: SharedMaterial.isPresent, "../shared is absent"))
struct SpecCaseTests {
    /// The deliberate differences (README, "Known differences from tshark"): no packet list
    /// without -q (opt.noq, opt.Y.noq, opt.2R), no tap list after an unknown -z name
    /// (err.proto.foo, file.missing.badproto), no -G, and tshark's second-pass quirk with
    /// `-2 -R 'frame.number…'` (FOLLOW-SPEC R1.11 says not to reproduce it).
    static let skipped =
        #"^(opt\.noq|opt\.Y\.noq|opt\.2R|opt\.2R\.framenum|err\.proto\.foo|file\.missing\.badproto|prefs\.tcp\.defaults)$"#

    struct Invocation: CustomTestStringConvertible, Sendable {
        var label: String
        var command: String
        var testDescription: String { label }
    }

    static let invocations: [Invocation] = {
        let index = SharedMaterial.specCases.appendingPathComponent("out/INDEX.txt")
        guard let text = try? String(contentsOf: index, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, String(fields[0]).firstMatch(of: try! Regex(skipped)) == nil else { return nil }
            return Invocation(label: String(fields[0]), command: String(fields[1]))
        }
    }()

    @Test("matches tshark", arguments: invocations)
    func matchesTshark(_ invocation: Invocation) throws {
        let command = ShellCommand(parsing: invocation.command)
        let result = try SwfollowProcess.run(
            Array(command.words.dropFirst()), in: SharedMaterial.specCases, standardInput: command.standardInput)
        let out = SharedMaterial.specCases.appendingPathComponent("out")
        let stdout = try Data(contentsOf: out.appendingPathComponent("\(invocation.label).stdout"))
        let status =
            (try? String(contentsOf: out.appendingPathComponent("\(invocation.label).rc"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let stderr =
            (try? String(contentsOf: out.appendingPathComponent("\(invocation.label).stderr"), encoding: .utf8))
            ?? ""
        #expect(result.standardOutput == stdout, "stdout differs")
        #expect(result.status == status)
        #expect(trimmed(result.standardError) == trimmed(stderr.replacing(#/(?m)^tshark:/#, with: "swfollow:")))
    }
}

/// Text without its trailing newlines, as `$(…)` in compare-index sees it.
func trimmed(_ text: String) -> Substring {
    text.prefix { _ in true }.dropLast(text.reversed().prefix { $0 == "\n" }.count)
}
