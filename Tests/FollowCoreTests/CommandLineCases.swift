import Testing

/// One command line and what tshark 4.0.17 did with it (`-r fmt_basic.pcap` in the spec-cases
/// folder, LC_ALL=C.UTF-8). Every expectation marked comparable was observed on tshark and is
/// re-checked against it by ``TSharkCrossCheckTests`` when asked to.
struct CommandLineCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        /// The options are accepted (tshark exits 0, or goes on to read the file).
        case accepted
        /// The first stderr line after `tshark: `, and the exit status.
        case rejected(String, status: Int32)
    }

    var arguments: [String]
    var expected: Expected
    /// False where swfollow deliberately differs from tshark (unsupported options, live capture).
    var matchesTShark: Bool

    var testDescription: String {
        arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
    }
}

private let file = "fmt_basic.pcap"

/// `-r fmt_basic.pcap` plus `arguments`, accepted.
private func accepted(_ arguments: String..., matchesTShark: Bool = true) -> CommandLineCase {
    CommandLineCase(arguments: ["-r", file] + arguments, expected: .accepted, matchesTShark: matchesTShark)
}

/// `-r fmt_basic.pcap` plus `arguments`, rejected with `line` and `status`.
private func rejected(_ arguments: [String], _ line: String, status: Int32 = 1, matchesTShark: Bool = true)
    -> CommandLineCase
{
    CommandLineCase(
        arguments: ["-r", file] + arguments, expected: .rejected(line, status: status), matchesTShark: matchesTShark)
}

enum CommandLineCases {
    /// swfollow's `--streams`/`--mode`: only in full, so tshark's own prefixes keep their meaning.
    static let extensionOptions: [CommandLineCase] = [
        accepted("--streams", "tcp.port == 80", matchesTShark: false),
        accepted("--streams=tcp", "--mode", "hex", matchesTShark: false),
        accepted("--mode=yaml", "--streams", "tcp", matchesTShark: false),
        rejected(["--st", "tcp"], "unrecognized option: st"),
        rejected(["--stream", "tcp"], "unrecognized option: stream"),
        rejected(["--mod", "hex"], "unrecognized option: mod"),
        rejected(
            ["--streams", "tcp", "--mode", "utf-8"],
            "--mode \"utf-8\" is not a follow mode: ascii, hex, raw, yaml or ebcdic", matchesTShark: false),
        rejected(["--mode", "hex"], "--mode was given without --streams", matchesTShark: false),
    ]

    /// getopt behaviour: clusters, attached values, `--`, long options and their errors.
    static let getopt: [CommandLineCase] = [
        accepted("-q", "-z", "follow,tcp,ascii,0"),
        CommandLineCase(
            arguments: ["-rfmt_basic.pcap", "-qzfollow,tcp,ascii,0"], expected: .accepted, matchesTShark: true),
        CommandLineCase(
            arguments: ["-qrfmt_basic.pcap", "-zfollow,tcp,ascii,0"], expected: .accepted, matchesTShark: true),
        CommandLineCase(arguments: ["-qr", file, "-zfollow,tcp,ascii,0"], expected: .accepted, matchesTShark: true),
        CommandLineCase(arguments: ["-nqr", file, "-z", "follow,tcp,raw,0"], expected: .accepted, matchesTShark: true),
        CommandLineCase(arguments: ["-2qnr", file, "-Rtcp"], expected: .accepted, matchesTShark: true),
        accepted("-q", "--"),
        accepted("-q", "tcp"),
        accepted("--v"), accepted("--ve"), accepted("--version"), accepted("--hel"), accepted("--help"),
        accepted("-h", "-Z"), accepted("-v", "-Z"), accepted("-hv"), accepted("-vh"), accepted("-R", "x", "-h"),
        rejected(["-Z"], "unrecognized option: Z"),
        rejected(["-qZ"], "unrecognized option: Z"),
        rejected(["-k"], "unrecognized option: k"),
        rejected(["-3"], "unrecognized option: 3"),
        rejected(["-:"], "unrecognized option: :"),
        rejected(["-?"], "unrecognized option: ?"),
        rejected(["-q-"], "unrecognized option: -"),
        rejected(["-é"], "unrecognized option: é"),
        rejected(["-qé"], "unrecognized option: é"),
        rejected(["--foo"], "unrecognized option: foo"),
        rejected(["--foo=bar"], "unrecognized option: foo=bar"),
        rejected(["---"], "unrecognized option: -"),
        rejected(["--é"], "unrecognized option: é"),
        rejected(["--read-file", file], "unrecognized option: read-file"),
        rejected(["--display-filter", "tcp"], "unrecognized option: display-filter"),
        rejected(["--help=x"], "option does not take an argument: help"),
        rejected(["--help="], "option does not take an argument: help"),
        rejected(["--version=x"], "option does not take an argument: version"),
        rejected(["--ver=1"], "option does not take an argument: version"),
        rejected(["--h"], "option is ambiguous: h"),
        rejected(["--he"], "option is ambiguous: he"),
        rejected(["--h=x"], "option is ambiguous: h=x"),
        rejected(["--=x"], "option is ambiguous: =x"),
        rejected(["--c"], "option is ambiguous: c"),
        rejected(["--li"], "option is ambiguous: li"),
        rejected(["--no-"], "option is ambiguous: no-"),
        rejected(["--dis"], "option is ambiguous: dis"),
        rejected(["--hex"], "option requires an argument: hexdump"),
        rejected(["--inter"], "option requires an argument: interface"),
        rejected(["-c"], "option requires an argument: c"),
        rejected(["-qc"], "option requires an argument: c"),
        rejected(["-z"], "option requires an argument: z"),
        rejected(["-Y"], "option requires an argument: Y"),
        rejected(["-i"], "option requires an argument: i"),
        CommandLineCase(
            arguments: ["-r"], expected: .rejected("option requires an argument: r", status: 1), matchesTShark: true),
        rejected(["-c", "-q"], "The specified packet count \"-q\" isn't a decimal number"),
        // Capture options' values, checked as they are read.
        rejected(["-a", "foo"], "Invalid or unknown -a flag \"foo\""),
        rejected(["-a", "duration:"], "Invalid or unknown -a flag \"duration:\""),
        rejected(["-a", "duration:-1"], "The specified autostop duration \"-1\" is a negative number"),
        rejected(["-a", "packets:0"], "The specified packet write count is zero"),
        rejected(["-a", "packets:x"], "The specified packet write count \"x\" isn't a decimal number"),
        rejected(["-a", "filesize:0"], "The specified autostop filesize is zero"),
        rejected(["-a", "filesize:x"], "The specified autostop filesize \"x\" isn't a decimal number"),
        rejected(["-s", "x"], "The specified snapshot length \"x\" isn't a decimal number"),
        rejected(["-s", "-1"], "The specified snapshot length \"-1\" is a negative number"),
        rejected(["-B", "0"], "The specified buffer size is zero"),
        rejected(["-B", "x"], "The specified buffer size \"x\" isn't a decimal number"),
        // tshark options swfollow does not implement (swfollow's own message).
        rejected(["-V"], "option -V is a tshark option that swfollow does not support", matchesTShark: false),
        rejected(["-qx"], "option -x is a tshark option that swfollow does not support", matchesTShark: false),
        // With -r, tshark reads the file and ignores -i; swfollow saves only live captures with -w.
        accepted("-i", "eth0"),
        rejected(
            ["-weth0"], "-w saves a live capture (-i); to save streams of a file use swfollow export",
            matchesTShark: false),
        rejected(["--col"], "option --color is a tshark option that swfollow does not support", matchesTShark: false),
        rejected(
            ["--list-t"], "option --list-time-stamp-types is a tshark option that swfollow does not support",
            matchesTShark: false),
        rejected(
            ["--hexdump=all"], "option --hexdump is a tshark option that swfollow does not support",
            matchesTShark: false),
        // Without -r or -i tshark captures on its first interface; swfollow asks which.
        CommandLineCase(
            arguments: ["-q", "-z", "follow,tcp,ascii,0"],
            expected: .rejected(
                "give a capture file with -r FILE (-r - for standard input) or an interface to capture on with -i IFACE"
                    + " (swfollow -D lists them)",
                status: 1
            ),
            matchesTShark: false
        ),
        CommandLineCase(
            arguments: ["-R", "x"],
            expected: .rejected("-R without -2 is deprecated. For single-pass filtering use -Y.", status: 1),
            matchesTShark: false),
    ]

    /// Options are checked left to right, the first error wins; then tshark's final checks in order.
    static let order: [CommandLineCase] = [
        rejected(["-c", "0", "-Z"], "The specified packet count is zero"),
        rejected(["-Z", "-c", "0"], "unrecognized option: Z"),
        rejected(["-o", "bad", "-Z"], "Invalid -o flag \"bad\""),
        rejected(["-Z", "-o", "bad"], "unrecognized option: Z"),
        rejected(["-z", "foo", "-Z"], "Invalid -z argument \"foo\"; it must be one of:"),
        rejected(["-N", "x", "-Z"], "-N specifies unknown resolving option 'x'; valid options are:"),
        rejected(["-T", "x", "-Z"], "Invalid -T parameter \"x\"; it must be one of:"),
        rejected(["-R", "x", "-Z"], "unrecognized option: Z"),
        rejected(["-c", "x", "-z", "foo"], "The specified packet count \"x\" isn't a decimal number"),
        rejected(["-z", "foo", "-c", "x"], "Invalid -z argument \"foo\"; it must be one of:"),
        rejected(["-o", "foo:1", "-c", "x"], "-o flag \"foo:1\" specifies unknown preference"),
        rejected(["-H", "/nonexistent", "-Z"], "Can't read host entries from \"/nonexistent\""),
        rejected(["-R", "x", "-H", "/nonexistent"], "Can't read host entries from \"/nonexistent\""),
        rejected(["-Z", "-h"], "unrecognized option: Z"),
        rejected(["-c", "0", "-h"], "The specified packet count is zero"),
        rejected(["-c", "0", "-v"], "The specified packet count is zero"),
        rejected(["-z", "foo", "-h"], "Invalid -z argument \"foo\"; it must be one of:"),
        rejected(["-o", "x", "-v"], "Invalid -o flag \"x\""),
        rejected(["-Z", "-z", "help"], "unrecognized option: Z"),
        rejected(["-c", "0", "-z", "help"], "The specified packet count is zero"),
        accepted("-z", "help", "-Z"),
        rejected(
            ["-R", "x", "-e", "frame.number"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(["-R", "x", "-T", "fields"], "\"-Tfields\" was specified, but no fields were specified with \"-e\"."),
        rejected(
            ["-e", "frame.number", "-T", "fields", "-R", "x"],
            "-R without -2 is deprecated. For single-pass filtering use -Y."),
        rejected(["-Y", "tcp", "-R", "x"], "-R without -2 is deprecated. For single-pass filtering use -Y."),
        rejected(
            ["-Y", "tcp", "tcp"],
            "Display filters were specified both with \"-Y\" and with additional command-line arguments."),
        rejected(
            ["-Y", "", ""],
            "Display filters were specified both with \"-Y\" and with additional command-line arguments."),
        rejected(
            ["-Y", "tcp", "-R", "x", "tcp"],
            "Display filters were specified both with \"-Y\" and with additional command-line arguments."),
        rejected(
            ["-Y", "tcp", "-e", "f", "tcp"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(
            ["-T", "fields", "-Y", "tcp", "tcp"],
            "\"-Tfields\" was specified, but no fields were specified with \"-e\"."),
        rejected(["-R", "x", "tcp"], "-R without -2 is deprecated. For single-pass filtering use -Y."),
        rejected(["-c", "0", "-R", "x"], "The specified packet count is zero"),
        rejected(["-R", "x", "-c", "0"], "The specified packet count is zero"),
        rejected(
            ["-R", "x", "-z", "follow,tcp,bad,0"], "-R without -2 is deprecated. For single-pass filtering use -Y."),
        rejected(["-R", "x", "-q", "-z", "foo"], "Invalid -z argument \"foo\"; it must be one of:"),
        rejected(
            ["-R", "frame.number!=4", "-q", "-z", "follow,tcp,ascii,0"],
            "-R without -2 is deprecated. For single-pass filtering use -Y."),
        accepted("-2", "-R", "tcp"),
        accepted("-Y", ""),
        accepted(""),
        accepted("--", ""),
        // Several follow arguments: the first bad one in command-line order is reported.
        rejected(["-q", "-z", "follow,tcp,bad,0", "-z", "follow,tcp,ascii,-1"], "follow - Invalid display mode."),
        rejected(
            ["-q", "-z", "follow,tcp,ascii,-1", "-z", "follow,tcp,bad,0"], "follow - Error registering tap listener."),
        rejected(["-q", "-z", "follow,tcp,ascii,0,0", "-z", "follow,tcp,ascii,x"], "follow - Invalid range value."),
    ]

    /// `-c`: a `strtol` read of the whole text, then negative, too large, zero.
    static let packetCount: [CommandLineCase] = {
        let notDecimal = ["1x", "0x10", "", " ", "5 ", "+", "-", "1.5", "\u{A0}5"]
        let negative = ["-1", "-99999999999999999999", "-2147483649", " -3"]
        let tooLarge = ["99999999999", "2147483648", "4294967296", "9223372036854775808", "99999999999999999999"]
        return ["5", " 5", "+5", "010", "2147483647", "\t7", "\n7"].map { accepted("-q", "-c", $0) }
            + notDecimal.map { rejected(["-c", $0], "The specified packet count \"\($0)\" isn't a decimal number") }
            + negative.map { rejected(["-c", $0], "The specified packet count \"\($0)\" is a negative number") }
            + tooLarge.map {
                rejected(["-c", $0], "The specified packet count \"\($0)\" is too large (greater than 2147483647)")
            }
            + ["0", "-0", "00", " +0"].map { rejected(["-c", $0], "The specified packet count is zero") }
    }()

    /// `-o`: syntax, names and user tables (values are in ``CommandLineOptionsTests``).
    static let preferences: [CommandLineCase] = {
        let good = [
            "tcp.check_checksum:TRUE", "tcp.check_checksum:true", "tcp.check_checksum:1", "tcp.check_checksum:yes",
            "tcp.check_checksum: TRUE", "tcp.check_checksum:TRUE ", "tcp.check_checksum:", "tcp.check_checksum: ",
            "TCP.check_checksum:TRUE", "Tcp.check_checksum:TRUE", "tcp.check_checksum:TRUE:x", "tcp.check_checksum::",
            "IP.defragment:FALSE", "ip.defragment:x", "tcp.analyze_sequence_numbers:FALSE",
            "tcp.relative_sequence_numbers:FALSE", "tcp.desegment_tcp_streams:FALSE",
            "tcp.reassemble_out_of_order:TRUE",
            "tcp.calculate_timestamps:TRUE", "tcp.no_subdissector_on_error:TRUE", "tcp.try_heuristic_first:TRUE",
        ]
        let unknown = [
            "tcp.check_checksum :TRUE", " tcp.check_checksum:TRUE", "tcp.Check_checksum:TRUE", "ipv4.defragment:TRUE",
            ":TRUE", ":", " :x", "tcp:TRUE", "tcp.:TRUE", "tcp.check_checksum.x:TRUE", ".check_checksum:TRUE",
            "foo.bar:1", "foo:1", "UAT:foo:x", "UAT:foo", "tcp. check_checksum:TRUE",
        ]
        return good.map { accepted("-q", "-o", $0) }
            + unknown.map { rejected(["-o", $0], "-o flag \"\($0)\" specifies unknown preference") }
            + ["", "tcp.check_checksum", "tcp.check_checksum=TRUE", "uat:foo", "uat:", "uat", "uat:foo:", "uat:foo: "]
            .map { rejected(["-o", $0], "Invalid -o flag \"\($0)\"") }
            + ["uat::x", "uat:foo:x", "uat:foo:x:y", "uat:foo: x", "uat:foo :x"]
            .map { rejected(["-o", $0], "Invalid -o flag \"\($0)\": Unknown preference") }
    }()

    /// `-z`, `-N`, `-T`/`-e`, `-H`.
    static let values: [CommandLineCase] = [
        accepted("-q", "-z", "conv,tcp"),
        accepted("-q", "-z", "conv,tcpx"),
        accepted("-q", "-z", "conv,udp"),
        accepted("-q", "-z", "conv,udpx,udp"),
        accepted("-q", "-z", "conv,udp", "-z", "conv,tcp"),
        accepted("-q", "-z", "follow,tcp,ascii,0", "-z", "conv,tcp"),
        accepted("-z", "help"),
        rejected(["-z", "foo"], "Invalid -z argument \"foo\"; it must be one of:"),
        rejected(["-z", "follow,foo,ascii,0"], "Invalid -z argument \"follow,foo,ascii,0\"; it must be one of:"),
        rejected(["-z", "conv,tc"], "Invalid -z argument \"conv,tc\"; it must be one of:"),
        rejected(["-z", "conv,ud"], "Invalid -z argument \"conv,ud\"; it must be one of:"),
        rejected(["-z", "follow,"], "Invalid -z argument \"follow,\"; it must be one of:"),
        rejected(["-z", "FOLLOW,tcp,ascii,0"], "Invalid -z argument \"FOLLOW,tcp,ascii,0\"; it must be one of:"),
        rejected(["-z", ""], "Invalid -z argument \"\"; it must be one of:"),
        rejected(["-z", "HELP"], "Invalid -z argument \"HELP\"; it must be one of:"),
        rejected(["-z", "help,"], "Invalid -z argument \"help,\"; it must be one of:"),
        rejected(["-q", "-z", "follow,tcpx"], "follow - Invalid display mode."),
        rejected(["-q", "-z", "follow,tcp"], "follow - Invalid display mode."),
        accepted("-q", "-N", "mnt"), accepted("-q", "-N", ""), accepted("-q", "-N", "dmnNtv"),
        accepted("-q", "-n", "-N", "m"),
        rejected(["-N", "C"], "-N specifies unknown resolving option 'C'; valid options are:"),
        rejected(["-N", "mx"], "-N specifies unknown resolving option 'x'; valid options are:"),
        accepted("-q", "-T", "text"),
        accepted("-q", "-c", "1", "-T", "fields", "-e", "frame.number"),
        accepted("-q", "-c", "1", "-T", "json", "-e", "frame.number"),
        accepted("-q", "-c", "1", "-T", "ek", "-e", "frame.number"),
        accepted("-q", "-c", "1", "-T", "pdml", "-e", "frame.number"),
        accepted("-q", "-c", "1", "-T", "psml", "-e", "frame.number"),
        accepted("-q", "-c", "1", "-T", "ek"),
        rejected(["-T", "TEXT"], "Invalid -T parameter \"TEXT\"; it must be one of:"),
        rejected(["-T", "fields"], "\"-Tfields\" was specified, but no fields were specified with \"-e\"."),
        rejected(
            ["-e", "frame.number"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(
            ["-T", "jsonraw", "-e", "frame.number"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(
            ["-T", "ps", "-e", "frame.number"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(
            ["-T", "tabs", "-e", "frame.number"],
            "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."),
        rejected(["-T", "text", "-T", "text", "-c", "0"], "Multiple -T parameters are unsupported"),
        rejected(["-T", "text", "-T", "bogus"], "Multiple -T parameters are unsupported"),
        rejected(["-T", "bogus", "-T", "text"], "Invalid -T parameter \"bogus\"; it must be one of:"),
        accepted("-q", "-H", "bad/hosts"),
        rejected(["-H", "/nonexistent"], "Can't read host entries from \"/nonexistent\""),
        rejected(["-H", "bad"], "Can't read host entries from \"bad\""),
        rejected(["-H", "bad/empty.pcap"], "Can't read host entries from \"bad/empty.pcap\""),
        rejected(["-H", "bad/notpcap.txt"], "Can't read host entries from \"bad/notpcap.txt\""),
        rejected(["-H", ""], "Can't read host entries from \"\""),
    ]

    /// `-E` values (checked when read) and `-e` names (checked after the other final checks).
    static let fieldOutput: [CommandLineCase] = [
        accepted("-q", "-T", "fields", "-e", "ip.src", "-E", "header=y", "-E", "separator=/s", "-E", "quote=d"),
        accepted("-q", "-T", "fields", "-e", "ip.src", "-E", "header=yes", "-E", "occurrence=first", "-E", "bom=n"),
        accepted("-q", "-T", "fields", "-e", "ip.src", "-E", "aggregator=/x", "-E", "==separator=x"),
        accepted("-q", "-E", "header=y"),
        accepted("-q", "-T", "fields", "-e", "tcp.flags.str", "-e", "tcp", "-e", "ip", "-e", "frame", "-e", "ff"),
        accepted("-q", "-n", "-T", "fields", "-e", "eth"),
        accepted("-q", "-N", "m", "-N", "n", "-T", "fields", "-e", "eth"),
        rejected(
            ["-T", "fields", "-e", "ip.src", "-E", "header=x"],
            #""header" is not a valid field output option=value pair."#),
        rejected(["-E", "header=Y"], #""header" is not a valid field output option=value pair."#),
        rejected(["-E", "escape=y"], #""escape" is not a valid field output option=value pair."#),
        rejected(["-E", "quote=x"], #""quote" is not a valid field output option=value pair."#),
        rejected(["-E", "separator="], #""separator" is not a valid field output option=value pair."#),
        rejected(["-E", "=header=y"], #""=header" is not a valid field output option=value pair."#),
        rejected(["-E", ""], #""" is not a valid field output option=value pair."#),
        rejected(["-E", "foo", "-c", "0"], #""foo" is not a valid field output option=value pair."#),
        rejected(["-c", "0", "-E", "foo"], "The specified packet count is zero"),
        rejected(["-E", "foo", "-Z"], #""foo" is not a valid field output option=value pair."#),
        rejected(["-T", "fields", "-e", "foo.bar"], "Some fields aren't valid:"),
        rejected(["-T", "json", "-e", "nope"], "Some fields aren't valid:"),
        rejected(
            ["-T", "fields", "-e", "nope", "-R", "x"], "-R without -2 is deprecated. For single-pass filtering use -Y."),
        rejected(
            ["-T", "fields", "-e", "nope", "-Y", "x", "extra"],
            "Display filters were specified both with \"-Y\" and with additional command-line arguments."),
        rejected(["-T", "fields", "-e", "nope", "-z", "follow,tcp,foo"], "Some fields aren't valid:"),
        rejected(
            ["-T", "fields", "-e", "eth"],
            "-e eth prints MAC vendor names, which swfollow does not have; add -n to print addresses",
            matchesTShark: false),
        rejected(
            ["-n", "-N", "m", "-T", "fields", "-e", "eth"],
            "-e eth prints MAC vendor names, which swfollow does not have; add -n to print addresses",
            matchesTShark: false),
    ]

    static let all = getopt + order + packetCount + preferences + values + fieldOutput + extensionOptions
}
