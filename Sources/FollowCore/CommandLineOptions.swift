import DisplayFilter
import FollowOutput
import LiveCapture

/// swfollow's command line, read with tshark 4.0.17's rules (see ``parse(_:hostsFileCheck:)``).
///
/// Values are kept as given, in command-line order where an option repeats; checks that need the
/// capture file (follow arguments, R1.7) or a filter compiler (`-Y`, `-R`) are left to the caller.
package struct CommandLineOptions: Hashable, Sendable {
    /// What the command should do.
    package enum Action: Hashable, Sendable {
        /// Read the capture and print the statistics.
        case run
        /// `-h`/`--help`: print ``CommandLineText/help`` on stdout, exit 0.
        case showHelp
        /// `-v`/`--version`: print ``CommandLineText/version`` on stdout, exit 0.
        case showVersion
        /// `-z help`: print `swfollow: ` and ``CommandLineText/statistics`` on stderr, exit 0.
        case listStatistics
        /// `-D`: list the interfaces on stdout, exit 0.
        case listInterfaces
    }

    /// What to do. Anything but ``Action/run`` was seen before the options ended; the options after
    /// it were not read (as in tshark), and the other fields are then incomplete.
    package var action: Action = .run
    /// Every `-r` in command-line order: the capture file (`-` means standard input), or
    /// several files or patterns read as one capture (``CaptureFiles``). Empty for
    /// ``Action/run`` only with ``interface`` (one of the two is required).
    package var readFiles: [String] = []
    /// `-i`: capture live on this interface (the last `-i` wins; `-r` wins over it, as in tshark).
    package var interface: String?
    /// The capture options `-f`, `-s`, `-p`, `-B`, `-a`, `-w` (and `-c`'s packet limit), with an
    /// empty interface: ``liveCapture`` fills it in.
    package var capture = LiveCaptureSettings(interface: "")
    /// `-q`.
    package var quiet = false
    /// Every `-z` in command-line order (follow blocks print in reverse order, FOLLOW-RULES R1.8).
    package var statistics: [StatisticArgument] = []
    /// `-c`: read at most this many packets (1…2147483647).
    package var packetCount: Int?
    /// Every `-o` in command-line order; a later one overrides an earlier one for the same name.
    package var preferences: [PreferenceOverride] = []
    /// `-n`.
    package var disablesNameResolution = false
    /// Whether tshark would resolve MAC addresses: the last `-n` (no) or `-N` (whether its flags
    /// include `m`) decides; yes by default.
    package var resolvesMACNames = true
    /// The `-N` flags, concatenated (validated; they do not affect follow output).
    package var nameResolutionFlags = ""
    /// The `-H` files (checked as tshark checks them; no effect on follow output).
    package var hostsFiles: [String] = []
    /// `-Y`, or the operands after the options joined with spaces (the last `-Y` wins).
    package var displayFilter: String?
    /// `-2`.
    package var twoPass = false
    /// `-R` (only with `-2`; the last one wins).
    package var readFilter: String?
    /// `-T`.
    package var outputFormat: OutputFormat?
    /// Every `-e` in command-line order.
    package var fields: [String] = []
    /// `--streams FILTER` (swfollow extension): follow every stream with a frame that passes it.
    package var streamsFilter: String?
    /// `--mode MODE`: the follow mode of the `--streams` blocks (ascii when not given).
    package var streamsMode: FollowMode?
    /// `--live` (swfollow extension): the output printed first (the `-T fields` lines, or the last
    /// `-z`'s follow block) goes out record by record as the capture is read, not in 64 KiB pieces.
    package var live = false
    /// The `-E` settings, applied in command-line order.
    package var fieldOutput = FieldOutputOptions()
    /// The checked `-e` columns with the `-E` settings; nil without `-e`.
    package var fieldColumns: FieldColumns?

    package init() {}

    /// The live capture to run: `-i` without `-r`, with the capture options; nil otherwise.
    package var liveCapture: LiveCaptureSettings? {
        guard readFiles.isEmpty, let interface else { return nil }
        var settings = capture
        settings.interface = interface
        if let packetCount { settings.packetLimit = min(settings.packetLimit ?? packetCount, packetCount) }
        return settings
    }

    /// The value of a preference after all `-o` options, or nil when none set it.
    package func preference(_ name: PreferenceOverride.Name) -> Bool? {
        PreferenceOverride.value(of: name, in: preferences)
    }
}
