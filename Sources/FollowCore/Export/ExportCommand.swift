import CaptureFile
import DisplayFilter

/// `swfollow export`: every stream of a capture to files in a directory, with an index. Exit
/// statuses: 0 success, 1 bad arguments, 2 trouble (capture, directory, writes).
enum ExportCommand {
    /// The first argument that selects this command.
    static let name = "export"

    /// Runs one export.
    /// - Parameters:
    ///   - arguments: the arguments after `export`.
    ///   - pool: the files' descriptor pool (tests pass a small one).
    ///   - jobDealing: how `--jobs` deals streams to the threads (tests deal them in turn).
    static func run(
        _ arguments: [String], programName: String, pool: FilePool = FilePool(), jobDealing: JobDealing = .balanced
    ) -> SwfollowCommand.Outcome {
        var outcome = SwfollowCommand.Outcome()
        func fail(_ message: String, status: Int32) -> SwfollowCommand.Outcome {
            outcome.standardError = "\(programName): \(message)\n"
            outcome.status = status
            return outcome
        }
        let options: ExportOptions
        let filter: DisplayFilter?
        do {
            options = try ExportOptions.parse(arguments)
            filter = try options.streamsFilter.map { text throws(CommandLineError) in try compile(text) }
        } catch {
            return fail(error.message, status: error.exitStatus)
        }
        if let text = options.informationalText {
            outcome.standardOutput = Array(text.utf8)
            return outcome
        }
        guard !options.readFiles.isEmpty, let directoryPath = options.directory else { return outcome }
        let isStandardInput = options.readFiles.contains("-")
        if options.writesCaptures && isStandardInput {
            return fail("--pcap reads the capture twice, which standard input cannot do", status: 1)
        }
        do {
            let paths = try expand(options.readFiles)
            let plan =
                isStandardInput
                ? nil
                : ExportPlan(
                    reading: try open(paths), selection: options.selection, filter: filter,
                    settings: FollowSettings(), notesFragments: options.writesCaptures)
            let reader = try open(paths)
            let directory = try ExportDirectory(path: directoryPath, force: options.force)
            if let plan, case let jobs = options.workerCount, jobs > 1 {
                let parallel = ParallelExport(
                    selection: options.selection, followMode: options.followMode, directory: directory, pool: pool,
                    threadCount: jobs, dealing: jobDealing)
                var result = try parallel.run(reader, plan: plan, progress: ExportProgress(quiet: options.quiet))
                result.progress.finish(streamsWritten: result.streamsWritten)
                if let failure = result.failure { return fail(failure.message, status: 2) }
                if let damage = result.damage { return fail(damage.message, status: 2) }
                return outcome
            }
            var pass = try ExportPass(
                selection: options.selection, followMode: options.followMode, directory: directory, pool: pool,
                plan: plan, writesCaptures: options.writesCaptures)
            var progress = ExportProgress(quiet: options.quiet)
            var damage: CaptureError?
            do {
                try pass.run(reader, progress: &progress)
            } catch {
                damage = error
            }
            pass.finish()
            progress.finish(streamsWritten: pass.streamsWritten)
            if let failure = pass.failure { return fail(failure.message, status: 2) }
            if let damage { return fail(damage.message, status: 2) }
        } catch {
            return fail(error.message, status: 2)
        }
        return outcome
    }

    /// The capture's paths, patterns expanded (``CaptureFiles``), with tshark's message when a
    /// pattern matches nothing.
    private static func expand(_ arguments: [String]) throws(ExportError) -> [String] {
        do {
            return try CaptureFiles.expand(arguments)
        } catch {
            throw ExportError(error.message)
        }
    }

    /// Opens the capture (several paths as one), with tshark's message when it cannot.
    private static func open(_ paths: [String]) throws(ExportError) -> CaptureReader {
        do {
            return try CaptureReader(paths: paths)
        } catch {
            throw ExportError(error.message)
        }
    }

    /// Compiles `--streams` as `-Y` reads it, or fails with the filter's message.
    private static func compile(_ text: String) throws(CommandLineError) -> DisplayFilter {
        do {
            return try CommandFilters.compile(text)
        } catch {
            throw CommandLineError(String(error.text.dropLast()))
        }
    }
}
