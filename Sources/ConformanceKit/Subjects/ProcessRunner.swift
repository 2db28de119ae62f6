import Foundation

/// Runs a child process to completion, collecting stdout and stderr through files (no pipe deadlocks).
public enum ProcessRunner {
    /// The raw result of one run.
    public struct Result: Sendable {
        /// Standard output bytes.
        public var stdout: [UInt8]
        /// Standard error bytes.
        public var stderr: [UInt8]
        /// The exit status, or `128 + signal` when the process was killed.
        public var status: Int32
        /// Whether the run was stopped because it exceeded its time limit.
        public var timedOut: Bool
    }

    /// Runs `executable` with `arguments` in `directory`.
    /// - Parameters:
    ///   - executable: the program.
    ///   - arguments: its arguments.
    ///   - directory: the working directory.
    ///   - environment: variables added to (or replacing those of) the current environment.
    ///   - scratch: a folder for the two output files.
    ///   - timeout: seconds before the process is terminated.
    /// - Throws: when the process cannot be launched or the files cannot be created.
    public static func run(
        executable: URL, arguments: [String], directory: URL, environment: [String: String] = [:],
        scratch: URL, timeout: Double = 120
    ) throws -> Result {
        let outURL = scratch.appendingPathComponent("stdout.bin")
        let errURL = scratch.appendingPathComponent("stderr.bin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        let timedOut = waitForExit(process, timeout: timeout)
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(
            stdout: [UInt8](FileManager.default.contents(atPath: outURL.path) ?? Data()),
            stderr: [UInt8](FileManager.default.contents(atPath: errURL.path) ?? Data()),
            status: status,
            timedOut: timedOut)
    }

    /// Waits for `process`, terminating it after `timeout` seconds.
    /// - Returns: whether it had to be terminated.
    private static func waitForExit(_ process: Process, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var delay: UInt32 = 200
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                return true
            }
            usleep(delay)
            delay = min(delay * 2, 20_000)
        }
        process.waitUntilExit()
        return false
    }
}
