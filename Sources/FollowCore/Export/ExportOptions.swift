import FollowOutput

/// The options of one `swfollow export` run. Every refusal exits with status 1.
struct ExportOptions {
    /// Every `-r FILE` (`-` is standard input; several, or a pattern, read as one capture:
    /// ``CaptureFiles``).
    var readFiles: [String] = []
    /// `-o DIR`.
    var directory: String?
    /// `--proto`, `--stream`, `--min-bytes`, `--max-bytes`.
    var selection = ExportSelection()
    /// `--streams FILTER`: only the streams with a frame that passes this display filter.
    var streamsFilter: String?
    /// `--follow MODE`: also each stream's follow text.
    var followMode: FollowMode?
    /// `--pcap`: also one capture per stream.
    var writesCaptures = false
    /// `--force`: write into a directory that is not empty.
    var force = false
    /// `--quiet`: no progress line.
    var quiet = false
    /// `--jobs N` (`-j N`): threads that reassemble and write; nil: every core.
    var jobs: Int?
    /// Text to print instead of exporting (`-h`).
    var informationalText: String?

    /// How many threads write: `--jobs`, else every core; one for standard input (read once, its
    /// streams all finish at its end, with no plan to deal them by) and with `--pcap` (the
    /// captures are cut from the reading).
    var workerCount: Int {
        guard !readFiles.contains("-") && !writesCaptures else { return 1 }
        return jobs ?? JobCount.processors
    }

    /// Parses the arguments after `export`.
    /// - Throws: the complaint, with exit status 1.
    static func parse(_ arguments: [String]) throws(CommandLineError) -> ExportOptions {
        var options = ExportOptions()
        var scanner = GetoptScanner<ExportOptionTable>(arguments)
        do {
            while let option = try scanner.next() {
                try options.apply(option)
            }
        } catch {
            let usage = error.appendsUsage ? "\n\n" + usageSummary : ""
            throw CommandLineError(error.message + usage, exitStatus: 1)
        }
        if let extra = scanner.operands.first {
            throw CommandLineError("unexpected argument \"\(extra)\" (the capture is -r FILE, the directory -o DIR)")
        }
        guard options.informationalText == nil else { return options }
        guard !options.readFiles.isEmpty else {
            throw CommandLineError("no capture file: use -r FILE (or -r - for standard input)")
        }
        guard options.directory != nil else { throw CommandLineError("no output directory: use -o DIR") }
        if options.streamsFilter != nil, options.readFiles.contains("-") {
            throw CommandLineError("--streams reads the capture twice, which standard input cannot do")
        }
        return options
    }

    /// Applies one option.
    private mutating func apply(_ option: GetoptScanner<ExportOptionTable>.Option) throws(CommandLineError) {
        let value = option.argument ?? ""
        switch option.entry.action {
        case .readFile: readFiles.append(value)
        case .directory: directory = value
        case .help: informationalText = Self.helpText
        case .proto: selection.protocols = try protocols(value)
        case .streamsFilter: streamsFilter = value
        case .streamList:
            var list = selection.streams ?? StreamSelection()
            do {
                try list.add(value)
            } catch {
                throw CommandLineError(error.message)
            }
            selection.streams = list
        case .minBytes: selection.minimumBytes = try byteCount(value, option: option.spelling)
        case .maxBytes: selection.maximumBytes = try byteCount(value, option: option.spelling)
        case .follow:
            guard let mode = FollowMode(rawValue: value) else {
                throw CommandLineError("--follow: \"\(value)\" is not ascii, hex, raw, yaml or ebcdic")
            }
            followMode = mode
        case .pcap: writesCaptures = true
        case .force: force = true
        case .quiet: quiet = true
        case .jobs: jobs = try JobCount.parse(value, exitStatus: 1)
        }
    }

    /// `--proto tcp`, `udp` or `tcp,udp`.
    private func protocols(_ text: String) throws(CommandLineError) -> Set<FollowProtocol> {
        var chosen: Set<FollowProtocol> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let followed = FollowProtocol(rawValue: String(name)) else {
                throw CommandLineError("--proto: \"\(name)\" is not tcp or udp")
            }
            chosen.insert(followed)
        }
        return chosen
    }

    /// A decimal byte count.
    private func byteCount(_ text: String, option: String) throws(CommandLineError) -> UInt64 {
        guard let value = UInt64(text) else {
            throw CommandLineError("\(option): \"\(text)\" is not a number of bytes")
        }
        return value
    }
}
