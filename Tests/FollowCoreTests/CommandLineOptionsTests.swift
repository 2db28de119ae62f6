import DisplayFilter
import FollowCore
import Testing

@Suite("Command line, as tshark 4.0.17 reads it")
struct CommandLineOptionsTests {
    @Test("getopt: clusters, attached values, --, long options", arguments: CommandLineCases.getopt)
    func getopt(row: CommandLineCase) { check(row) }

    @Test("left-to-right checks and tshark's final checks, in order", arguments: CommandLineCases.order)
    func order(row: CommandLineCase) { check(row) }

    @Test("-c packet counts", arguments: CommandLineCases.packetCount)
    func packetCount(row: CommandLineCase) { check(row) }

    @Test("-o preference syntax and names", arguments: CommandLineCases.preferences)
    func preferences(row: CommandLineCase) { check(row) }

    @Test("-z, -N, -T/-e and -H values", arguments: CommandLineCases.values)
    func values(row: CommandLineCase) { check(row) }

    @Test("swfollow's --streams and --mode", arguments: CommandLineCases.extensionOptions)
    func extensionOptions(row: CommandLineCase) { check(row) }

    @Test("-E values and -e names", arguments: CommandLineCases.fieldOutput)
    func fieldOutput(row: CommandLineCase) { check(row) }

    private func check(_ row: CommandLineCase) {
        let outcome = FrontEnd.run(row.arguments)
        switch row.expected {
        case .accepted:
            #expect(outcome.firstErrorLine == nil)
        case .rejected(let line, let status):
            #expect(outcome.firstErrorLine == "tshark: " + line)
            #expect(outcome.status == status)
        }
    }

    @Test("option values are kept, repeated options in order")
    func keepsValues() throws {
        let options = try CommandLineOptions.parse(
            [
                "-nqr", "in.pcap", "-c", " +12", "-2", "-Rtcp", "-z", "follow,tcp,hex,1", "-zconv,tcp",
                "-z", "follow,udp,ascii,0", "-o", "tcp.check_checksum: TRUE", "-o", "ip.defragment:FALSE",
                "-N", "mn", "-N", "t", "-T", "fields", "-e", "frame.number", "-e", "tcp.stream", "-Y", "a", "-Y", "b",
            ],
            hostsFileCheck: { _ in true }
        )
        var expected = CommandLineOptions()
        expected.readFiles = ["in.pcap"]
        expected.quiet = true
        expected.disablesNameResolution = true
        expected.packetCount = 12
        expected.twoPass = true
        expected.readFilter = "tcp"
        expected.statistics = [.follow("follow,tcp,hex,1"), .conversation("conv,tcp"), .follow("follow,udp,ascii,0")]
        expected.preferences = [
            PreferenceOverride(name: .tcpCheckChecksum, value: true),
            PreferenceOverride(name: .ipDefragment, value: false),
        ]
        expected.nameResolutionFlags = "mnt"
        expected.resolvesMACNames = false
        expected.outputFormat = .fields
        expected.fields = ["frame.number", "tcp.stream"]
        expected.fieldColumns = try FieldColumns(names: ["frame.number", "tcp.stream"])
        expected.displayFilter = "b"
        #expect(options == expected)
    }

    @Test("-E settings apply in order; the last -n or -N decides MAC name resolution")
    func fieldSettings() throws {
        let options = try CommandLineOptions.parse(
            [
                "-r", "f", "-T", "fields", "-e", "tcp.port", "-E", "occurrence=l", "-E", "quote=s", "-E", "quote=n",
                "-E", "separator=;", "-N", "m",
            ])
        var expected = FieldOutputOptions()
        expected.occurrence = .last
        expected.separator = 0x3B
        #expect(options.fieldOutput == expected)
        #expect(options.fieldColumns == (try FieldColumns(names: ["tcp.port"], options: expected)))
        #expect(options.resolvesMACNames)
        #expect(try CommandLineOptions.parse(["-r", "f"]).resolvesMACNames)
        #expect(try !CommandLineOptions.parse(["-r", "f", "-N", "m", "-n"]).resolvesMACNames)
        #expect(try CommandLineOptions.parse(["-r", "f", "-n", "-N", "mt"]).resolvesMACNames)
        #expect(try !CommandLineOptions.parse(["-r", "f", "-N", "m", "-N", "n"]).resolvesMACNames)
        #expect(try CommandLineOptions.parse(["-r", "f", "-e", "eth", "-T", "fields", "-n"]).fieldColumns != nil)
    }

    @Test("A bad -E prints tshark's message and option list")
    func fieldOptionText() {
        let outcome = FrontEnd.run(["-r", "f", "-E", "bom=x"])
        guard case .rejected(let text, let status) = outcome else {
            Issue.record("accepted")
            return
        }
        #expect(status == 1)
        #expect(text.hasPrefix("tshark: \"bom\" is not a valid field output option=value pair.\nTShark: The available"))
        #expect(text.hasSuffix("     n: no quotes around field values (def: n: none)\n"))
        #expect(text.split(separator: "\n").count == 12)
    }

    @Test("-r - reads standard input; every -r is kept, in order; -H files are kept")
    func readFile() throws {
        #expect(try CommandLineOptions.parse(["-r", "-"]).readFiles == ["-"])
        #expect(try CommandLineOptions.parse(["-r", "a", "-r", "b"]).readFiles == ["a", "b"])
        let options = try CommandLineOptions.parse(["-H", "x", "-rf", "-H", "y"], hostsFileCheck: { _ in true })
        #expect(options.hostsFiles == ["x", "y"])
    }

    @Test("operands after the options are the display filter, joined with spaces")
    func operands() throws {
        #expect(try CommandLineOptions.parse(["-r", "f", "-q", "tcp", "and", "ip"]).displayFilter == "tcp and ip")
        #expect(try CommandLineOptions.parse(["-r", "f", "tcp", "-q"]).displayFilter == "tcp -q")
        #expect(try CommandLineOptions.parse(["-r", "f", "-q", "--", "-z", "x"]).displayFilter == "-z x")
        #expect(try CommandLineOptions.parse(["-r", "f", "-"]).displayFilter == "-")
        let noOperands = try CommandLineOptions.parse(["-r", "f", "-q", "--"])
        #expect(noOperands.displayFilter == nil)
        #expect(noOperands.statistics.isEmpty)
    }

    @Test("-h, -v and -z help stop reading options at once")
    func immediateActions() throws {
        #expect(try CommandLineOptions.parse(["-h", "-Z"]).action == .showHelp)
        #expect(try CommandLineOptions.parse(["--hel"]).action == .showHelp)
        #expect(try CommandLineOptions.parse(["-vh"]).action == .showVersion)
        #expect(try CommandLineOptions.parse(["--ver"]).action == .showVersion)
        #expect(try CommandLineOptions.parse(["-z", "help", "-c", "0"]).action == .listStatistics)
        #expect(try CommandLineOptions.parse(["-r", "f"]).action == .run)
        #expect(CommandLineText.help.contains("Usage: swfollow"))
        #expect(
            CommandLineText.statistics
                == "The available statistics for the \"-z\" option are:\n     conv,tcp\n     conv,udp\n     follow,tcp\n     follow,udp\n"
        )
    }

    @Test(
        "preference values: true only for 'true' in any case",
        arguments: [
            ("tcp.check_checksum:TRUE", true), ("tcp.check_checksum:tRuE", true), ("tcp.check_checksum: \tTRUE", true),
            ("tcp.check_checksum:FALSE", false), ("tcp.check_checksum:1", false), ("tcp.check_checksum:yes", false),
            ("tcp.check_checksum:TRUE ", false), ("tcp.check_checksum:", false), ("tcp.check_checksum:TRUE:x", false),
        ])
    func preferenceValue(argument: String, value: Bool) throws {
        #expect(try PreferenceOverride.parse(argument) == PreferenceOverride(name: .tcpCheckChecksum, value: value))
    }

    @Test("every supported preference name is accepted, and the last -o wins")
    func preferenceNames() throws {
        for name in PreferenceOverride.Name.allCases {
            #expect(try PreferenceOverride.parse(name.rawValue + ":TRUE").name == name)
        }
        let options = try CommandLineOptions.parse(["-r", "f", "-o", "ip.defragment:FALSE", "-o", "IP.defragment:true"])
        #expect(options.preference(.ipDefragment) == true)
        #expect(options.preference(.tcpCheckChecksum) == nil)
    }

    @Test("getopt errors are followed by an empty line and the usage; value errors are not")
    func standardErrorText() {
        #expect(
            FrontEnd.run(["-Z"])
                == .rejected(standardError: "tshark: unrecognized option: Z\n\n" + CommandLineText.usage, status: 1))
        #expect(
            FrontEnd.run(["-r"])
                == .rejected(
                    standardError: "tshark: option requires an argument: r\n\n" + CommandLineText.usage, status: 1))
        #expect(
            FrontEnd.run(["-rf", "-c", "0"])
                == .rejected(standardError: "tshark: The specified packet count is zero\n", status: 1))
        do {
            _ = try CommandLineOptions.parse(["-rf", "--ver=1"])
            Issue.record("--ver=1 should be refused")
        } catch {
            // tshark's getopt names the program as invoked (argv[0]); its other errors say `tshark`.
            #expect(
                error.standardErrorText(invokedAs: "/usr/bin/swfollow")
                    == "/usr/bin/swfollow: option does not take an argument: version\n\n" + CommandLineText.usage)
        }
        do {
            _ = try CommandLineOptions.parse(["-r", "f", "-o", "x"])
            Issue.record("-o x should be refused")
        } catch {
            #expect(error.standardErrorText(invokedAs: "/usr/bin/swfollow") == "swfollow: Invalid -o flag \"x\"\n")
        }
        do {
            _ = try CommandLineOptions.parse(["-V"])
            Issue.record("-V should be refused")
        } catch {
            #expect(
                error.standardErrorText() == "swfollow: option -V is a tshark option that swfollow does not support\n\n"
                    + CommandLineText.usage)
        }
    }

    @Test("multi-line messages: -N in full, -z and -T with swfollow's own lists")
    func multiLineMessages() {
        #expect(
            FrontEnd.run(["-N", "x"])
                == .rejected(
                    standardError: """
                        tshark: -N specifies unknown resolving option 'x'; valid options are:
                        \t'd' to enable address resolution from captured DNS packets
                        \t'm' to enable MAC address resolution
                        \t'n' to enable network address resolution
                        \t'N' to enable using external resolvers (e.g., DNS)
                        \t    for network address resolution
                        \t't' to enable transport-layer port number resolution
                        \t'v' to enable VLAN IDs to names resolution

                        """, status: 1))
        #expect(
            FrontEnd.run(["-z", "foo"])
                == .rejected(
                    standardError: """
                        tshark: Invalid -z argument "foo"; it must be one of:
                             conv,tcp
                             conv,udp
                             follow,tcp
                             follow,udp
                        (swfollow implements only these; tshark lists all of its statistics here)

                        """, status: 1))
        #expect(FrontEnd.run(["-T", "x"]).firstErrorLine == "tshark: Invalid -T parameter \"x\"; it must be one of:")
        #expect(FrontEnd.run(["-T", "x"]).status == 1)
    }
}
