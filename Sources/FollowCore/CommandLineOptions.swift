/// The options of one swfollow run, parsed with tshark's getopt conventions.
///
/// The surface is tshark's, so the parser is a small getopt of its own rather than
/// swift-argument-parser: combined flags (`-qz follow,…`, `-nqr file`), attached values
/// (`-rfile`), `--` and tshark's exact error wording and exit statuses are the specification.
package struct CommandLineOptions: Equatable {
    /// `-r FILE` (`-` is standard input).
    package var readFile: String?
    /// `-q`. swfollow never prints a packet list, so it changes nothing (documented in `--help`).
    package var quiet = false
    /// Every `-z follow,tcp…` argument in command-line order, parsed after the file opened (R1.7).
    package var followArguments: [String] = []
    /// `-c N`, `-o PREF:VALUE`.
    package var followSettings = FollowSettings()
    /// `-Y FILTER`: accepted; it has no effect on follow blocks (R1.10).
    package var displayFilter: String?
    /// Text to print instead of running (`-h`, `-v`).
    package var informationalText: String?

    package init() {}

    /// Parses the arguments after the program name.
    /// - Throws: tshark's message and exit status for the first bad option.
    package static func parse(_ arguments: [String]) throws(CommandLineError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var preferences = PreferenceSet()
        var reader = GetoptReader(arguments: arguments, valueOptions: "rzcoNHYRTe", flagOptions: "qn2hv")
        while let (option, value) = try reader.next() {
            switch option {
            case "r": options.readFile = value
            case "q": options.quiet = true
            case "z": options.followArguments += try followArgument(value ?? "")
            case "c": options.followSettings.frameLimit = try packetCount(value ?? "")
            case "o": try preferences.apply(value ?? "")
            case "Y": options.displayFilter = value
            case "h", "help": options.informationalText = helpText
            case "v", "version": options.informationalText = versionText
            case "n", "N", "H": break
            default: throw CommandLineError("-\(option) is not supported yet (display filters and -T fields come later)")
            }
        }
        if let operand = reader.operands.first {
            throw CommandLineError("unexpected argument \"\(operand)\": capture filters need live capture, "
                + "which swfollow does not do")
        }
        options.followSettings.relativeSequenceNumbers = preferences.relativeSequenceNumbers
        options.followSettings.defragment = preferences.defragment
        return options
    }

    /// Keeps `follow,tcp…` for later; refuses every other `-z` the way tshark refuses unknown taps.
    private static func followArgument(_ argument: String) throws(CommandLineError) -> [String] {
        guard argument.hasPrefix(FollowRequest.tapPrefix) else {
            throw CommandLineError(
                "Invalid -z argument \"\(argument)\"; it must be one of:\n     \(FollowRequest.tapPrefix)")
        }
        return [argument]
    }

    /// `-c N`: tshark's checks and messages.
    private static func packetCount(_ text: String) throws(CommandLineError) -> UInt64 {
        var scanner = CScanner(Substring(text))
        guard let value = scanner.scanInt64(), scanner.isAtEnd else {
            throw CommandLineError("The specified packet count \"\(text)\" isn't a decimal number")
        }
        if value < 0 { throw CommandLineError("The specified packet count \"\(text)\" is a negative number") }
        if value == 0 { throw CommandLineError("The specified packet count is zero") }
        if value > Int64(Int32.max) {
            throw CommandLineError("The specified packet count \"\(text)\" is too large (greater than 2147483647)")
        }
        return UInt64(value)
    }
}
