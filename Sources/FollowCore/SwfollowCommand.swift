import CaptureFile
import DisplayFilter
import LiveCapture

/// The whole `swfollow` run as tshark would do it, minus the process: arguments in, bytes and
/// diagnostics out. `main` writes the result; tests call it in-process.
package enum SwfollowCommand {
    /// What a run printed and its exit status.
    package struct Outcome {
        /// Bytes for standard output.
        package var standardOutput: [UInt8] = []
        /// Text for standard error, already prefixed with the program name.
        package var standardError = ""
        /// The process exit status (tshark's: 0 success, 1 bad arguments, 2 unreadable capture).
        package var status: Int32 = 0
    }

    /// Runs one invocation.
    /// - Parameters:
    ///   - arguments: the command-line arguments after the program name.
    ///   - programName: the prefix of diagnostics (`swfollow`, where tshark says `tshark`).
    ///   - invokedAs: the program path as invoked; getopt's own errors name it, as tshark's do.
    ///   - standardOutput: where the start of standard output may go while the capture is read
    ///     (the first-printed follow block's text); the outcome's `standardOutput` is the rest.
    ///     Nil keeps it all in the outcome.
    ///   - standardError: where a live capture's progress lines go when they happen (`Capturing
    ///     on …` at the start, the packet count at the end); nil adds them to the outcome's.
    ///   - captureStop: stops a live capture when requested (besides SIGINT and SIGTERM): the
    ///     caller requests it when standard output has gone away (`swfollow -i … --live | head`).
    package static func run(
        _ arguments: [String], programName: String = "swfollow", invokedAs: String? = nil,
        standardOutput: ((UnsafeRawBufferPointer) -> Void)? = nil, standardError: ((String) -> Void)? = nil,
        captureStop: StopRequest = StopRequest()
    ) -> Outcome {
        if let command = arguments.first, SearchCommand.names.contains(command) {
            return SearchCommand.run(
                Array(arguments.dropFirst()), programName: programName, standardOutput: standardOutput,
                standardError: standardError, captureStop: captureStop)
        }
        if arguments.first == ExportCommand.name {
            return ExportCommand.run(Array(arguments.dropFirst()), programName: programName)
        }
        var outcome = Outcome()
        func fail(_ text: String, status: Int32) -> Outcome {
            outcome.standardError = text
            outcome.status = status
            return outcome
        }
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments)
        } catch {
            return fail(
                error.standardErrorText(programName: programName, invokedAs: invokedAs), status: error.exitStatus)
        }
        switch options.action {
        case .showHelp:
            outcome.standardOutput = Array(CommandLineText.help.utf8)
            return outcome
        case .showVersion:
            outcome.standardOutput = Array(CommandLineText.version.utf8)
            return outcome
        case .listStatistics:
            return fail("\(programName): \(CommandLineText.statistics)", status: 0)
        case .listInterfaces:
            do {
                outcome.standardOutput = Array(try InterfaceList.current().listing.utf8)
                return outcome
            } catch {
                return fail("\(programName): \(error.message)\n", status: 2)
            }
        case .run:
            break
        }
        let filters: CommandFilters
        do {
            filters = try CommandFilters(options)
        } catch {
            return fail("\(programName): \(error.text)", status: FilterDiagnostic.exitStatus)
        }
        if let unsupported = unsupportedFeature(of: options) {
            return fail("\(programName): \(unsupported)\n", status: 1)
        }
        var paths: [String] = []
        let reader: CaptureReader
        var live: LiveSession?
        func progress(_ text: String) {
            if let standardError { standardError(text) } else { outcome.standardError += text }
        }
        if let capture = options.liveCapture {
            let session: LiveSession
            do {
                session = try LiveSession(capture, stop: captureStop)
            } catch {
                return fail("\(programName): \(error.message)\n", status: error.exitStatus)
            }
            progress(session.startLine)
            reader = session.reader
            live = session
        } else {
            do {
                paths = try CaptureFiles.expand(options.readFiles)
                reader = try CaptureReader(paths: paths)
            } catch {
                return fail("\(programName): \(error.message)\n", status: 2)
            }
        }
        var statistics: [FollowPipeline.Statistic] = []
        for argument in options.statistics {
            switch argument {
            case .follow(let text):
                do {
                    statistics.append(.follow(try FollowRequest.parse(text)))
                } catch {
                    return fail("\(programName): \(error.message)\n", status: error.exitStatus)
                }
            case .conversation(let text):
                let request = ConversationRequest(text)
                do {
                    statistics.append(.conversation(request, try request.compiledFilter()))
                } catch {
                    return fail("\(programName): \(error.message)\n", status: error.exitStatus)
                }
            }
        }
        let settings = FollowSettings(options)
        var pipeline = FollowPipeline(
            statistics: statistics, settings: settings, readFilter: filters.read,
            fieldLines: options.fieldColumns.map { (FieldLineWriter(columns: $0), filters.display) },
            streamsFilter: filters.streams, firstBlockSink: standardOutput,
            streamingThreshold: options.live ? 1 : FollowPipeline.streamingChunk)
        var damage: CaptureError?
        do {
            try pipeline.run(reader)
        } catch {
            damage = error
        }
        if let live {
            // tshark's order: why the capture stopped, then the count.
            if let damage { progress("\(programName): \(damage.message)\n") }
            progress(live.finish())
        }
        var complete = true
        if let standardOutput {
            complete = pipeline.finish(into: standardOutput)
        } else {
            var collected: [UInt8] = []
            complete = pipeline.finish { collected += $0 }
            outcome.standardOutput = collected
        }
        if !complete {
            return fail(
                "\(programName): a temporary file could not be read back; the output is incomplete\n", status: 2)
        }
        // A live capture's second pass reads the file -w saved.
        if options.liveCapture != nil, let saved = options.capture.writePath { paths = [saved] }
        if damage == nil, let matches = pipeline.streamMatches, !paths.isEmpty {
            damage = StreamBlocksPass.write(
                matches.targets, of: paths, mode: options.streamsMode ?? .ascii, settings: settings,
                readFilter: filters.read, sink: standardOutput, into: &outcome)
        }
        if let warning = DroppedDatagramsWarning.text(count: pipeline.droppedDatagrams) {
            outcome.standardError += "\(programName): \(warning)\n"
        }
        if let damage {
            if live == nil { outcome.standardError += "\(programName): \(damage.message)\n" }
            outcome.status = 2
        }
        return outcome
    }

    /// What swfollow refuses rather than print something tshark would not.
    private static func unsupportedFeature(of options: CommandLineOptions) -> String? {
        if let format = options.outputFormat, format != .fields {
            return "-T \(format.rawValue) is not supported (only -T fields; packet dissections are tshark's)"
        }
        if options.streamsFilter != nil, options.readFiles.contains("-") {
            return "--streams reads the capture twice, which standard input cannot do"
        }
        if options.streamsFilter != nil, let live = options.liveCapture, live.writePath == nil {
            return "--streams reads the capture twice: with -i, save it with -w FILE"
        }
        let conversation = options.statistics.lazy.compactMap { argument -> ConversationRequest? in
            if case .conversation(let text) = argument { ConversationRequest(text) } else { nil }
        }.first
        if let conversation, resolvesNames(options) {
            return "-z \(conversation.transport.statisticName) with name resolution (-N, -H) is not supported yet"
        }
        return nil
    }

    /// Whether tshark would print names instead of numbers in a conversation table: `-N` with
    /// network (`n`, `N`, `d`) or port (`t`) resolution, or hosts files (which it reads for
    /// network names). swfollow resolves nothing.
    private static func resolvesNames(_ options: CommandLineOptions) -> Bool {
        !options.hostsFiles.isEmpty || options.nameResolutionFlags.contains(where: { "nNdt".contains($0) })
    }
}

extension FollowSettings {
    /// The settings that `-c` and `-o` give (FOLLOW-RULES R1.12, §5).
    init(_ options: CommandLineOptions) {
        self.init(preferences: options.preferences, frameLimit: options.packetCount.map { UInt64($0) })
    }

    /// The settings that `-o` overrides give (the last one for a name wins); relative sequence
    /// numbers need both TCP preferences on (R5.2).
    init(preferences: [PreferenceOverride], frameLimit: UInt64?) {
        func value(_ name: PreferenceOverride.Name) -> Bool? { PreferenceOverride.value(of: name, in: preferences) }
        let analyze = value(.tcpAnalyzeSequenceNumbers) ?? true
        let relative = value(.tcpRelativeSequenceNumbers) ?? true
        self.init(
            relativeSequenceNumbers: analyze && relative, defragment: value(.ipDefragment) ?? true,
            defragmentIPv6: value(.ipv6Defragment) ?? true,
            frameLimit: frameLimit)
    }
}
