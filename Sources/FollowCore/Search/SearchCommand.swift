import CaptureFile
import DisplayFilter
import FollowOutput
import FrameFields
import LiveCapture
import PCRE2Regex

/// `swfollow search` (alias `grep`): the whole run, arguments in, bytes and diagnostics out, with
/// grep's exit statuses (0 a match, 1 none, 2 trouble).
enum SearchCommand {
    /// The first arguments that select this command.
    static let names: Set<String> = ["search", "grep"]

    /// Runs one search.
    /// - Parameters:
    ///   - arguments: the arguments after `search`.
    ///   - programName: the prefix of diagnostics.
    ///   - standardOutput: where output may go while the capture is read (the outcome's
    ///     `standardOutput` is the rest); nil keeps it all in the outcome. A live search hands
    ///     on each match as it is found.
    ///   - standardError: where a live capture's progress lines go when they happen.
    ///   - captureStop: stops a live capture when requested (besides SIGINT and SIGTERM).
    ///   - jobDealing: how `--jobs` deals streams to the threads (tests deal them in turn).
    static func run(
        _ arguments: [String], programName: String, standardOutput: ((UnsafeRawBufferPointer) -> Void)? = nil,
        standardError: ((String) -> Void)? = nil, captureStop: StopRequest = StopRequest(),
        jobDealing: JobDealing = .balanced
    ) -> SwfollowCommand.Outcome {
        var outcome = SwfollowCommand.Outcome()
        var diagnostics: [String] = []
        do {
            var options = try SearchOptions.parse(arguments)
            options.jobDealing = jobDealing
            if let text = options.informationalText {
                outcome.standardOutput = Array(text.utf8)
                return outcome
            }
            try checkCapture(options)
            let patterns = try compile(options)
            let paths = try expand(options.readFiles)
            if let text = options.displayFilter {
                options.streams = try selectStreams(paths, filter: try compileFilter(text), options: options)
            }
            var live: LiveSession?
            if let capture = options.liveCapture {
                live = try openLive(capture, stop: captureStop)
                standardError?(live?.startLine ?? "")
            }
            try search(
                paths, live: live, patterns: patterns, options: options, sink: standardOutput, into: &outcome,
                diagnostics: &diagnostics)
            if let live { standardError?(live.finish()) }
        } catch {
            outcome.standardError = diagnosticLines(error.message, programName: programName).map { $0 + "\n" }.joined()
            outcome.status = 2
            return outcome
        }
        outcome.standardError = diagnostics.map { "\(programName): \($0)\n" }.joined()
        return outcome
    }

    /// Refuses what cannot work before anything is read.
    private static func checkCapture(_ options: SearchOptions) throws(CommandLineError) {
        guard !options.patterns.isEmpty else {
            throw CommandLineError("no pattern: give -e PATTERN (or PATTERN before the file)", exitStatus: 2)
        }
        if options.liveCapture != nil {
            if case .follow = options.output {
                throw CommandLineError("--follow reads the capture twice: not with --interface", exitStatus: 2)
            }
            if options.displayFilter != nil {
                throw CommandLineError("-Y reads the capture twice: not with --interface", exitStatus: 2)
            }
            return
        }
        guard !options.readFiles.isEmpty else {
            throw CommandLineError(
                "no capture file: use -r FILE (or -r - for standard input), or --interface IFACE", exitStatus: 2)
        }
        let isStandardInput = options.readFiles.contains("-")
        if case .follow = options.output, isStandardInput {
            throw CommandLineError("--follow reads the capture twice, which standard input cannot do", exitStatus: 2)
        }
        if options.displayFilter != nil, isStandardInput {
            throw CommandLineError("-Y reads the capture twice, which standard input cannot do", exitStatus: 2)
        }
    }

    /// Compiles every pattern (with JIT), or fails with PCRE2's message and offset.
    static func compile(_ options: SearchOptions) throws(CommandLineError) -> [PCRE2Pattern] {
        var flags: PCRE2Options = []
        if options.caseless { flags.insert(.caseless) }
        if options.fixedStrings { flags.insert(.literal) }
        var patterns: [PCRE2Pattern] = []
        for text in options.patterns {
            do {
                patterns.append(try PCRE2Pattern(text, options: flags))
            } catch {
                throw CommandLineError("pattern \"\(text)\": \(error.description)", exitStatus: 2)
            }
        }
        return patterns
    }

    /// The search pass, then the follow pass of `--follow`; fills `outcome` (diagnostics without
    /// the program name).
    /// - Throws: only for a capture that cannot be opened.
    private static func search(
        _ paths: [String], live: LiveSession?, patterns: [PCRE2Pattern], options: SearchOptions,
        sink: ((UnsafeRawBufferPointer) -> Void)?, into outcome: inout SwfollowCommand.Outcome,
        diagnostics: inout [String]
    ) throws(CommandLineError) {
        let reader: CaptureReader
        if let live { reader = live.reader } else { reader = try open(paths) }
        let report = SearchReport(
            output: options.output, verbose: options.verbose, patternCount: patterns.count, sink: sink,
            threshold: live == nil ? FollowPipeline.streamingChunk : 1)
        var (damage, lastFrames, droppedDatagrams) = try searchPass(
            reader: reader, isLive: live != nil, patterns: patterns, options: options, report: report)
        outcome.standardOutput = report.finish()
        diagnostics = report.diagnostics
        if let warning = DroppedDatagramsWarning.text(count: droppedDatagrams) {
            diagnostics.append(warning)
        }
        if case .follow(let mode) = options.output, damage == nil {
            damage = StreamBlocksPass.write(
                lastFrames.targets(report.matchCounts.keys, followed: options.followed), of: paths, mode: mode,
                settings: options.followSettings, sink: sink, into: &outcome)
        }
        if let damage {
            diagnostics.append(damage.message)
        }
        outcome.status = damage != nil || !report.diagnostics.isEmpty ? 2 : report.hasMatch ? 0 : 1
    }

    /// The reading pass, with one job or ``SearchOptions/workerCount`` (each worker compiles
    /// its own patterns: a pattern is used by one thread).
    /// - Returns: the damage that ended the reading early, where each stream ends, and how many
    ///   incomplete IP datagrams were dropped.
    private static func searchPass(
        reader: CaptureReader, isLive: Bool, patterns: [PCRE2Pattern], options: SearchOptions,
        report: SearchReport
    ) throws(CommandLineError) -> (CaptureError?, StreamBlocksPass.LastFrames, Int) {
        let jobs = options.workerCount
        guard jobs > 1 else {
            var run = StreamSearchRun(
                context: SearchContext(patterns: patterns, report: report, options: options),
                selection: options.streams, followed: options.followed, releasesEndedStreams: isLive,
                idleLimit: options.idleSeconds.map(Int64.init))
            let damage = run.search(reader, settings: options.followSettings)
            return (damage, run.lastFrames, run.droppedDatagrams)
        }
        var sets = [patterns]
        for _ in 1..<jobs {
            sets.append(try compile(options))
        }
        return ParallelSearch.run(reader, patterns: sets, options: options, report: report, dealing: options.jobDealing)
    }

    /// Compiles `-Y` as tshark does, or fails with tshark's message and caret lines.
    private static func compileFilter(_ text: String) throws(CommandLineError) -> DisplayFilter {
        do {
            return try CommandFilters.compile(text)
        } catch {
            throw CommandLineError(String(error.text.dropLast()), exitStatus: 2)
        }
    }

    /// The first pass of `-Y`: the `--stream` selection narrowed to the streams with a frame the
    /// filter keeps.
    private static func selectStreams(
        _ paths: [String], filter: DisplayFilter, options: SearchOptions
    ) throws(CommandLineError) -> StreamSelection {
        var frames = FrameFieldReader(reader: try open(paths), settings: options.followSettings)
        var matches = StreamMatches(filter: filter)
        do {
            while try frames.next() {
                matches.observe(frames.frame)
            }
        } catch {
            throw CommandLineError(error.message, exitStatus: 2)
        }
        var selection = options.streams ?? StreamSelection()
        selection.restrict(to: options.followed == .udp ? matches.udpStreams : matches.streams)
        return selection
    }

    /// Opens a live capture, with its one-line message when it cannot (status 2, grep's trouble).
    private static func openLive(_ settings: LiveCaptureSettings, stop: StopRequest) throws(CommandLineError)
        -> LiveSession
    {
        do {
            return try LiveSession(settings, stop: stop)
        } catch {
            throw CommandLineError(error.message, exitStatus: 2)
        }
    }

    /// The capture's paths, patterns expanded (``CaptureFiles``), with tshark's message when a
    /// pattern matches nothing.
    private static func expand(_ arguments: [String]) throws(CommandLineError) -> [String] {
        do {
            return try CaptureFiles.expand(arguments)
        } catch {
            throw CommandLineError(error.message, exitStatus: 2)
        }
    }

    /// Opens the capture (several paths as one), with tshark's message when it cannot.
    private static func open(_ paths: [String]) throws(CommandLineError) -> CaptureReader {
        do {
            return try CaptureReader(paths: paths)
        } catch {
            throw CommandLineError(error.message, exitStatus: 2)
        }
    }

    /// A message split into lines, the first prefixed with the program name.
    private static func diagnosticLines(_ message: String, programName: String) -> [String] {
        message.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? "\(programName): \($0.element)" : String($0.element) }
    }
}
