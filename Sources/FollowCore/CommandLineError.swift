/// A command-line error with the text and exit status tshark 4.0.17 uses (or swfollow's own where
/// tshark has nothing to compare with, such as live capture).
///
/// ``message`` is the text after the program name: tshark prints `tshark: <message>`, swfollow
/// prints `swfollow: <message>`. Errors from the option scanner itself (unknown option, missing
/// argument, …) differ in two ways, and ``isGetoptError`` marks them: tshark's getopt names the
/// program by its `argv[0]` as invoked (`/usr/bin/tshark: unrecognized option: Z` when run by
/// path), and tshark follows them with an empty line and the usage text.
/// ``standardErrorText(programName:invokedAs:)`` renders the whole stderr text.
package struct CommandLineError: Error, Hashable, Sendable {
    /// The text after `<program>: `, without a final newline (it may contain inner newlines).
    package var message: String
    /// The process exit status (always 1 for the errors tshark reports while reading options).
    package var exitStatus: Int32
    /// Whether an empty line and the usage text follow the message, as after a getopt error.
    package var appendsUsage: Bool
    /// Whether the message is prefixed with `argv[0]` as invoked rather than the program name
    /// (tshark's getopt errors).
    package var isGetoptError: Bool

    package init(_ message: String, exitStatus: Int32 = 1, appendsUsage: Bool = false, isGetoptError: Bool = false) {
        self.message = message
        self.exitStatus = exitStatus
        self.appendsUsage = appendsUsage
        self.isGetoptError = isGetoptError
    }

    /// Everything written to stderr: `<name>: <message>\n`, then for scanner errors `\n` and
    /// ``CommandLineText/usage``. `<name>` is `invokedAs` (pass `CommandLine.arguments[0]`) for
    /// getopt errors when given, and `programName` otherwise.
    package func standardErrorText(programName: String = "swfollow", invokedAs: String? = nil) -> String {
        let name = isGetoptError ? invokedAs ?? programName : programName
        let first = "\(name): \(message)\n"
        return appendsUsage ? first + "\n" + CommandLineText.usage : first
    }
}

extension CommandLineError {
    /// `unrecognized option: X` (a short option character or the text after `--`).
    static func unrecognizedOption(_ text: String) -> Self {
        Self("unrecognized option: \(text)", appendsUsage: true, isGetoptError: true)
    }

    /// `option requires an argument: X` (the option character or the full long name).
    static func missingArgument(_ name: String) -> Self {
        Self("option requires an argument: \(name)", appendsUsage: true, isGetoptError: true)
    }

    /// `option is ambiguous: X` (the whole text after `--`, `=value` included).
    static func ambiguousOption(_ text: String) -> Self {
        Self("option is ambiguous: \(text)", appendsUsage: true, isGetoptError: true)
    }

    /// `option does not take an argument: X` (the full long name).
    static func unexpectedArgument(_ name: String) -> Self {
        Self("option does not take an argument: \(name)", appendsUsage: true, isGetoptError: true)
    }

    /// swfollow's own: a valid tshark option that swfollow does not implement (`-V`, `--color`).
    static func unsupportedOption(_ spelling: String) -> Self {
        Self("option \(spelling) is a tshark option that swfollow does not support", appendsUsage: true)
    }

    /// swfollow's own: without `-r` or `-i` tshark captures on its first interface; swfollow
    /// asks which.
    static let noCaptureSource = Self(
        "give a capture file with -r FILE (-r - for standard input) or an interface to capture on with -i IFACE"
            + " (swfollow -D lists them)"
    )

    /// tshark's check after reading all options: `-f` and a filter given as trailing arguments.
    static let captureFilterTwice = Self(
        "A capture filter was specified both with \"-f\" and with additional command-line arguments."
    )

    /// swfollow's own: `-w` with `-r` (tshark would save the frames it read); swfollow saves
    /// only live captures (`swfollow export` writes streams of a file).
    static let writeWithoutCapture = Self("-w saves a live capture (-i); to save streams of a file use swfollow export")

    /// tshark's check after reading all options: `-R` needs `-2`.
    static let readFilterWithoutTwoPass = Self(
        "-R without -2 is deprecated. For single-pass filtering use -Y."
    )

    /// tshark's check after reading all options: `-Y` and a filter given as trailing arguments.
    static let displayFilterTwice = Self(
        "Display filters were specified both with \"-Y\" and with additional command-line arguments."
    )

    /// tshark's check after reading all options: `-e` with an output format that has no fields.
    static let fieldsWithoutFieldFormat = Self(
        "Output fields were specified with \"-e\", but \"-Tek, -Tfields, -Tjson or -Tpdml\" was not specified."
    )

    /// tshark's check after reading all options: `-T fields` without any `-e`.
    static let fieldFormatWithoutFields = Self(
        "\"-Tfields\" was specified, but no fields were specified with \"-e\"."
    )

    /// A second `-T`, reported when it is read, whatever its value.
    static let multipleOutputFormats = Self("Multiple -T parameters are unsupported")

    /// `-H FILE` that cannot be read, reported when the option is read.
    static func unreadableHostsFile(_ path: String) -> Self {
        Self("Can't read host entries from \"\(path)\"")
    }

    /// swfollow's own: `--mode` names no follow mode.
    static func invalidStreamsMode(_ mode: String) -> Self {
        Self("--mode \"\(mode)\" is not a follow mode: ascii, hex, raw, yaml or ebcdic")
    }

    /// swfollow's own: `--mode` sets the mode of the `--streams` blocks and means nothing alone.
    static let modeWithoutStreams = Self("--mode was given without --streams")
}
