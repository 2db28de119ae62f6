import Testing

@testable import FollowCore

/// How `swfollow search` splits its command line (``GetoptScanner`` over ``SearchOptionTable``):
/// GNU getopt with operands permuted, and its complaints followed by the search usage, status 2.
@Suite("search: command line")
struct SearchCommandLineTests {
    /// What stderr holds after a getopt complaint: the complaint, an empty line, the search usage.
    private static func usageError(_ complaint: String) -> String {
        """
        swfollow: \(complaint)

        Usage: swfollow search [options] -r FILE -e PATTERN [-e PATTERN ...]
               swfollow search [options] PATTERN FILE
        Run swfollow search -h for the options.

        """
    }

    @Test("options may follow the operands (GNU permutation), in any order")
    func permutedOperands() throws {
        let options = try SearchOptions.parse(["secret", "-i", "capture.pcap", "-c"])
        #expect(options.patterns == ["secret"])
        #expect(options.readFiles == ["capture.pcap"])
        #expect(options.caseless)
        #expect(options.output == .count)
        // With -e and -r given after them, an operand is one too many.
        #expect(throws: CommandLineError("unexpected argument \"a\" (several captures: -r FILE for each)", exitStatus: 2)) {
            try SearchOptions.parse(["a", "-e", "x", "-r", "f"])
        }
        let file = try SearchOptions.parse(["-e", "x", "f", "-e", "y"])
        #expect(file.patterns == ["x", "y"] && file.readFiles == ["f"])
    }

    @Test("flags cluster, and an option taking a value ends its cluster")
    func clusteredFlags() throws {
        let options = try SearchOptions.parse(["-ic", "-e", "x", "-r", "f"])
        #expect(options.caseless && options.output == .count && options.patterns == ["x"])
        let combined = try SearchOptions.parse(["-iFe", "a.b", "-rf"])
        #expect(combined.caseless && combined.fixedStrings)
        #expect(combined.patterns == ["a.b"] && combined.readFiles == ["f"])
        #expect(try SearchOptions.parse(["-iC8", "x", "f"]).contextBytes == 8)
    }

    @Test("values attach to short (-C8) and long (--context=8) options, or follow them")
    func attachedValues() throws {
        #expect(try SearchOptions.parse(["-C8", "x", "f"]).contextBytes == 8)
        #expect(try SearchOptions.parse(["--context=8", "x", "f"]).contextBytes == 8)
        #expect(try SearchOptions.parse(["--context", "8", "x", "f"]).contextBytes == 8)
        #expect(try SearchOptions.parse(["-C", "8", "x", "f"]).contextBytes == 8)
        // A value is the next argument whatever it looks like.
        #expect(try SearchOptions.parse(["-e", "-i", "f"]).patterns == ["-i"])
        #expect(try SearchOptions.parse(["--regexp=", "f"]).patterns == [""])
    }

    @Test("long options match by a unique prefix, spelled in full in value complaints")
    func longPrefixes() throws {
        #expect(try SearchOptions.parse(["--max", "100", "x", "f"]).maxMatchLength == 100)
        #expect(try SearchOptions.parse(["--verb", "x", "f"]).verbose)
        #expect(try SearchOptions.parse(["--b", "x", "f"]).conversation)
        #expect(try SearchOptions.parse(["--j", "x", "f"]).output == .json)
        #expect(throws: CommandLineError("--context: \"x\" is not a number in 0...4096", exitStatus: 2)) {
            try SearchOptions.parse(["--con=x", "p", "f"])
        }
        #expect(throws: CommandLineError("-C: \"-1\" is not a number in 0...4096", exitStatus: 2)) {
            try SearchOptions.parse(["-C-1", "p", "f"])
        }
    }

    @Test("-- ends the options: what follows is operands, even when it starts with -")
    func doubleDash() throws {
        let options = try SearchOptions.parse(["-i", "--", "-c", "-r"])
        #expect(options.caseless && options.output == .lines)
        #expect(options.patterns == ["-c"] && options.readFiles == ["-r"])
        let permuted = try SearchOptions.parse(["pattern", "--", "-"])
        #expect(permuted.patterns == ["pattern"] && permuted.readFiles == ["-"])
    }

    @Test(
        "unknown, ambiguous and misused options: getopt's complaint, the search usage, status 2",
        arguments: [
            (["-Z", "x", "f"], "unrecognized option: Z"),
            (["x", "f", "--nope"], "unrecognized option: nope"),
            (["--nope=1"], "unrecognized option: nope=1"),
            (["--ver"], "option is ambiguous: ver"),
            (["--f", "hex", "x", "f"], "option is ambiguous: f"),
            (["x", "f", "-C"], "option requires an argument: C"),
            (["x", "f", "--context"], "option requires an argument: context"),
            (["x", "f", "--max"], "option requires an argument: max-match"),
            (["--json=yes", "x", "f"], "option does not take an argument: json"),
        ])
    func getoptErrors(arguments: [String], complaint: String) {
        let outcome = SwfollowCommand.run(["search"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == Self.usageError(complaint))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("-h and --version print instead of searching; -Y takes a filter, permuted operands too")
    func informational() throws {
        #expect(try SearchOptions.parse(["-h"]).informationalText == SearchOptions.helpText)
        #expect(try SearchOptions.parse(["--vers"]).informationalText == CommandLineText.version)
        let options = try SearchOptions.parse(["x", "-Y", "tcp.port == 80", "f"])
        #expect(options.displayFilter == "tcp.port == 80")
        #expect(options.patterns == ["x"] && options.readFiles == ["f"])
    }
}
