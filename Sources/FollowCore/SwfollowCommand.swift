import CaptureFile

/// The whole `swfollow` run as tshark would do it, minus the process: arguments in, bytes and
/// diagnostics out. `main` writes the result; tests call it in-process.
package enum SwfollowCommand {
    /// What a run printed and its exit status.
    package struct Outcome {
        /// Bytes for standard output.
        package var standardOutput: [UInt8] = []
        /// Lines for standard error, each already prefixed with the program name.
        package var standardError: [String] = []
        /// The process exit status (tshark's: 0 success, 1 bad arguments, 2 unreadable capture).
        package var status: Int32 = 0
    }

    /// Runs one invocation.
    /// - Parameters:
    ///   - arguments: the command-line arguments after the program name.
    ///   - programName: the prefix of diagnostics (`swfollow`, where tshark says `tshark`).
    ///   - standardOutput: where the start of standard output may go while the capture is read
    ///     (the first-printed block's text); the outcome's `standardOutput` is the rest. Nil
    ///     keeps it all in the outcome.
    package static func run(
        _ arguments: [String], programName: String = "swfollow",
        standardOutput: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) -> Outcome {
        var outcome = Outcome()
        func fail(_ message: String, status: Int32) -> Outcome {
            outcome.standardError += message.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 ? "\(programName): \($0.element)" : String($0.element) }
            outcome.status = status
            return outcome
        }
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments)
        } catch {
            return fail(error.message, status: error.exitStatus)
        }
        if let text = options.informationalText {
            outcome.standardOutput = Array(text.utf8)
            return outcome
        }
        guard let path = options.readFile else {
            return fail(CommandLineError.noCaptureFile.message, status: CommandLineError.noCaptureFile.exitStatus)
        }
        let reader: CaptureReader
        do {
            reader = try CaptureReader(path: path)
        } catch {
            return fail(error.message, status: 2)
        }
        var requests: [FollowRequest] = []
        for argument in options.followArguments {
            do {
                requests.append(try FollowRequest.parse(argument))
            } catch {
                return fail("follow - \(error.message)", status: 1)
            }
        }
        var pipeline = FollowPipeline(
            requests: requests, settings: options.followSettings, firstBlockSink: standardOutput)
        var damage: CaptureError?
        do {
            try pipeline.run(reader)
        } catch {
            damage = error
        }
        outcome.standardOutput = pipeline.finish()
        if let damage {
            return fail(damage.message, status: 2)
        }
        return outcome
    }
}
