import FollowCore
import Testing

/// Every recorded command whose outcome the command line decides (the follow-argument errors,
/// stream indexes, address forms, several `-z`, other options, and the `-z` name check that runs
/// before the file is opened), replayed through swfollow's parsers.
private let commandLineLabels = SpecCases.commands.filter { command in
    ["err.", "idx.", "fmt_basic.addr.", "multi.", "opt."].contains { command.label.hasPrefix($0) }
        || command.label == "file.missing.badproto"
}

@Suite(.enabled(if: SpecCases.isPresent, "needs ../shared/spec-cases (tshark's recorded outputs)"))
struct SpecCaseCommandLineTests {
    @Test("the table is not empty")
    func tableHasCases() {
        #expect(commandLineLabels.count >= 60)
    }

    @Test("the same error text and status as tshark, or the same Follow/Filter lines", arguments: commandLineLabels)
    func replay(command: SpecCases.Command) throws {
        let status = try #require(SpecCases.output(command.label, "rc")).trimmingCharacters(in: .whitespacesAndNewlines)
        let standardError = try #require(SpecCases.output(command.label, "stderr"))
        let outcome = FrontEnd.run(command.arguments)
        switch outcome {
        case .rejected(let text, let code):
            #expect("\(code)" == status)
            if standardError.hasPrefix("tshark: Invalid -z argument") {
                // tshark then lists its ~200 statistics; swfollow lists its own (documented).
                #expect(outcome.firstErrorLine.map { $0 + "\n" } == String(standardError.prefix { $0 != "\n" }) + "\n")
            } else {
                #expect(text == standardError)
            }
        case .accepted(_, let requests):
            #expect(status == "0")
            #expect(standardError.isEmpty)
            let standardOutput = try #require(SpecCases.output(command.label, "stdout"))
            // Text blocks print in reverse command-line order (R1.8); YAML blocks have neither line.
            let textBlocks = requests.reversed().filter { $0.mode != .yaml }
            #expect(lines(standardOutput, "Filter: ") == textBlocks.map(\.filterText))
            #expect(lines(standardOutput, "Follow: tcp,") == textBlocks.map(\.mode.rawValue))
        }
    }

    /// The rest of every stdout line that starts with `prefix`.
    private func lines(_ text: String, _ prefix: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}
