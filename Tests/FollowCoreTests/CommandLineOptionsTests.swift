import FollowCore
import Testing

/// tshark's getopt conventions and option errors, as tshark 4.0.17 printed them.
@Suite("Command-line options")
struct CommandLineOptionsTests {
    @Test("combined flags, attached values and repeated -z keep their order")
    func combined() throws {
        let options = try CommandLineOptions.parse(["-nqr", "x.pcap", "-zfollow,tcp,raw,1", "-qz", "follow,tcp,hex,0"])
        #expect(options.readFile == "x.pcap")
        #expect(options.quiet)
        #expect(options.followArguments == ["follow,tcp,raw,1", "follow,tcp,hex,0"])
    }

    @Test("preferences: relative numbers need both TCP preferences; TRUE in any case")
    func preferences() throws {
        #expect(try CommandLineOptions.parse(["-o", "tcp.analyze_sequence_numbers:FALSE"])
            .followSettings.relativeSequenceNumbers == false)
        #expect(try CommandLineOptions.parse(["-o", "ip.defragment:maybe"]).followSettings.defragment == false)
        #expect(try CommandLineOptions.parse(["-o", "ip.defragment:true"]).followSettings.defragment)
        #expect(try CommandLineOptions.parse(["-c", "6"]).followSettings.frameLimit == 6)
    }

    @Test("errors with tshark's words and status", arguments: [
        (["-Z"], "unrecognized option: Z"), (["-q", "-r"], "option requires an argument: r"),
        (["--foo"], "unrecognized option: foo"),
        (["-c", "0"], "The specified packet count is zero"),
        (["-c", "-3"], "The specified packet count \"-3\" is a negative number"),
        (["-c", "3x"], "The specified packet count \"3x\" isn't a decimal number"),
        (["-c", "99999999999999"], "The specified packet count \"99999999999999\" is too large (greater than 2147483647)"),
        (["-o", "tcp.check_checksum"], "Invalid -o flag \"tcp.check_checksum\""),
        (["-o", "foo.bar:1"], "-o flag \"foo.bar:1\" specifies unknown preference"),
        (["-z", "foo"], "Invalid -z argument \"foo\"; it must be one of:"),
    ])
    func errors(arguments: [String], firstLine: String) {
        #expect {
            try CommandLineOptions.parse(arguments)
        } throws: { error in
            guard let error = error as? CommandLineError else { return false }
            return error.exitStatus == 1 && error.message.split(separator: "\n").first.map(String.init) == firstLine
        }
    }
}
