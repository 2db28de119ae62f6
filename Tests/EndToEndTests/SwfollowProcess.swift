import Foundation

/// Runs the built `swfollow` binary and collects what it printed.
enum SwfollowProcess {
    struct Result {
        var standardOutput: Data
        var standardError: String
        var status: Int32
    }

    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - directory: the working directory (recorded invocations use paths relative to it).
    ///   - standardInput: a file to connect to standard input, relative to `directory`.
    ///   - executable: the program (swfollow unless told: tshark, or setpriv running swfollow).
    static func run(
        _ arguments: [String], in directory: URL, standardInput: String? = nil,
        executable: URL = SharedMaterial.binary
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        if let standardInput {
            process.standardInput = try FileHandle(forReadingFrom: directory.appendingPathComponent(standardInput))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        // Drain both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errorBytes = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorBytes = error.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let outputBytes = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(
            standardOutput: outputBytes, standardError: String(decoding: errorBytes, as: UTF8.self),
            status: process.terminationStatus)
    }
}
