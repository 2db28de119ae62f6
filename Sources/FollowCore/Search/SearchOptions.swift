import FollowOutput
import LiveCapture

/// The options of one `swfollow search` (alias `grep`) run.
///
/// The letters are grep's (`-e -i -F -c -l -o -q -C`), plus tshark's `-r`; the long options carry
/// what has no grep letter. Every refusal exits with grep's status for trouble, 2.
struct SearchOptions: Equatable {
    /// Every `-r FILE` (`-` is standard input; several, or a pattern, read as one capture:
    /// ``CaptureFiles``), or the operand after the pattern.
    var readFiles: [String] = []
    /// `-e PATTERN` in order, or the first operand when there is no `-e`.
    var patterns: [String] = []
    /// `-i`: letters match either case (ASCII).
    var caseless = false
    /// `-F`: patterns are fixed strings.
    var fixedStrings = false
    /// What to print.
    var output = SearchOutput.lines
    /// `-C N`: bytes of context printed on each side of a match (16; 0 for a live search, so that
    /// a match prints the moment it is complete, unless `-C` is given).
    var contextBytes = 16
    /// Whether `-C` was given.
    private var contextGiven = false
    /// `--max-match N`: the longest match, in bytes (see ``SearchOptions/helpText``).
    var maxMatchLength = 65_536
    /// `--udp`: search the UDP streams (`udp.stream`) instead of the TCP ones.
    var followed = FollowProtocol.tcp
    /// `--both`: search the conversation as follow interleaves it, not each direction.
    var conversation = false
    /// `--stream LIST`: only these streams; nil searches all.
    var streams: StreamSelection?
    /// `-Y FILTER`: search only the streams with at least one frame the display filter keeps.
    var displayFilter: String?
    /// `--verbose`: also report every gap in text output.
    var verbose = false
    /// `--frames N` and `--pref PREF:VALUE`, as `-c` and `-o` change follow.
    var followSettings = FollowSettings()
    /// `--interface IFACE`: search a live capture instead of a file (`-i` is grep's caseless).
    var interface: String?
    /// `-f`, `-a`, `-w` for a live capture; the interface is filled in by ``liveCapture``.
    var capture = LiveCaptureSettings(interface: "")
    /// `--jobs N` (`-j N`): threads that reassemble and search; nil: every core (one with `-q`).
    var jobs: Int?
    /// How the reading thread deals streams to the jobs (not an option: tests deal in turn).
    var jobDealing = JobDealing.balanced
    /// `--idle SECONDS`: release streams without a frame for that long (capture time); nil keeps
    /// every stream to the end. A live capture defaults to ``liveIdleSeconds``.
    var idleSeconds: Int?
    /// The idle limit of a live search without `--idle`: ten minutes.
    static let liveIdleSeconds = 600
    /// Text to print instead of searching (`-h`, `--version`).
    var informationalText: String?

    /// Parses the arguments after `search` (or `grep`).
    /// - Throws: the complaint, with exit status 2.
    static func parse(_ arguments: [String]) throws(CommandLineError) -> SearchOptions {
        var options = SearchOptions()
        var preferences: [PreferenceOverride] = []
        var modes = ModeFlags()
        var scanner = GetoptScanner<SearchOptionTable>(arguments)
        do {
            while let option = try scanner.next() {
                try options.apply(option, modes: &modes, preferences: &preferences)
            }
        } catch {
            // getopt's complaints are followed by the search usage, not tshark's.
            let usage = error.appendsUsage ? "\n\n" + usageSummary : ""
            throw CommandLineError(error.message + usage, exitStatus: 2)
        }
        var operands = scanner.operands[...]
        if options.patterns.isEmpty, let pattern = operands.popFirst() {
            options.patterns = [pattern]
        }
        if options.readFiles.isEmpty, options.interface == nil, let file = operands.popFirst() {
            options.readFiles = [file]
        }
        if let extra = operands.first {
            throw CommandLineError("unexpected argument \"\(extra)\" (several captures: -r FILE for each)", exitStatus: 2)
        }
        if options.liveCapture != nil, !options.contextGiven {
            options.contextBytes = 0
        }
        if options.liveCapture != nil, options.idleSeconds == nil {
            options.idleSeconds = liveIdleSeconds
        }
        options.output = try modes.output()
        options.followSettings = FollowSettings(
            preferences: preferences, frameLimit: options.followSettings.frameLimit)
        return options
    }

    /// Applies one option.
    private mutating func apply(
        _ option: GetoptScanner<SearchOptionTable>.Option, modes: inout ModeFlags,
        preferences: inout [PreferenceOverride]
    ) throws(CommandLineError) {
        let value = option.argument ?? ""
        switch option.entry.action {
        case .readFile: readFiles.append(value)
        case .pattern: patterns.append(value)
        case .caseless: caseless = true
        case .fixedStrings: fixedStrings = true
        case .count: modes.count = true
        case .list: modes.list = true
        case .onlyMatching: modes.onlyMatching = true
        case .quiet: modes.quiet = true
        case .json: modes.json = true
        case .follow: modes.follow = try followMode(value)
        case .context:
            contextBytes = try number(value, option: option.spelling, in: 0...4096)
            contextGiven = true
        case .maxMatch: maxMatchLength = try number(value, option: option.spelling, in: 1...(1 << 30))
        case .conversation: conversation = true
        case .udp: followed = .udp
        case .streams:
            var selection = streams ?? StreamSelection()
            try selection.add(value)
            streams = selection
        case .verbose: verbose = true
        case .preference: preferences.append(try PreferenceOverride.parse(value))
        case .frames:
            followSettings.frameLimit = UInt64(try number(value, option: option.spelling, in: 1...Int(Int32.max)))
        case .help: informationalText = Self.helpText
        case .version: informationalText = CommandLineText.version
        case .displayFilter: displayFilter = value
        case .interface: interface = value
        case .captureFilter: capture.filter = value
        case .autostop:
            do {
                try CaptureArguments.applyAutostop(value, to: &capture)
            } catch {
                throw CommandLineError(error.message, exitStatus: 2)
            }
        case .writeFile: capture.writePath = value
        case .jobs: jobs = try JobCount.parse(value, exitStatus: 2)
        case .idle: idleSeconds = try number(value, option: option.spelling, in: 1...(1 << 30))
        }
    }

    /// The live capture to search (`--interface` without `-r`), with `-f`, `-a`, `-w` and
    /// `--frames` as its packet limit; nil for a file.
    var liveCapture: LiveCaptureSettings? {
        guard readFiles.isEmpty, let interface else { return nil }
        var settings = capture
        settings.interface = interface
        if let frames = followSettings.frameLimit {
            settings.packetLimit = min(settings.packetLimit ?? Int(frames), Int(frames))
        }
        return settings
    }

    /// A decimal option value within `range` (`option` as spelled in messages: `-C`, `--context`).
    private func number(_ text: String, option: String, in range: ClosedRange<Int>) throws(CommandLineError) -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw CommandLineError(
                "\(option): \"\(text)\" is not a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// How many threads search: `--jobs`, else every core; one for `-q` (which stops at the first
    /// match one job finds), for the library's handlers, a live capture and `--idle` (which
    /// settle streams as they go).
    var workerCount: Int {
        switch output {
        case .quiet, .handlers: return 1
        default:
            guard liveCapture == nil, idleSeconds == nil else { return 1 }
            return jobs ?? JobCount.processors
        }
    }

    /// `--follow MODE`.
    private func followMode(_ text: String) throws(CommandLineError) -> FollowMode {
        guard let mode = FollowMode(rawValue: text) else {
            throw CommandLineError("--follow: \"\(text)\" is not ascii, hex, raw, yaml or ebcdic")
        }
        return mode
    }
}

/// The output flags as given, resolved into one ``SearchOutput``.
private struct ModeFlags {
    var quiet = false
    var list = false
    var count = false
    var onlyMatching = false
    var json = false
    var follow: FollowMode?

    /// grep's precedence for `-q`, `-l`, `-c`; `-o`, `--json` and `--follow` exclude each other.
    func output() throws(CommandLineError) -> SearchOutput {
        if quiet { return .quiet }
        if list { return .list }
        if count { return .count }
        let printed: [SearchOutput] =
            (onlyMatching ? [.onlyMatching] : []) + (json ? [.json] : [])
            + (follow.map { [.follow($0)] } ?? [])
        guard printed.count <= 1 else {
            throw CommandLineError("-o, --json and --follow exclude each other", exitStatus: 2)
        }
        return printed.first ?? .lines
    }
}
