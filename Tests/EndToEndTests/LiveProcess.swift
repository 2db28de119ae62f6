import Foundation
import Glibc

/// A running `swfollow` whose standard error can be watched while it runs (to wait for
/// `Capturing on …` before making traffic) and which can be signalled.
final class LiveProcess: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()
    private let error = Pipe()
    private let lock = NSLock()
    private var errorText = ""
    private var outputBytes = Data()
    private let finished = DispatchGroup()

    /// Starts the built binary with `arguments`.
    init(_ arguments: [String]) throws {
        process.executableURL = SharedMaterial.binary
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        finished.enter()
        DispatchQueue.global().async { [self] in
            while case let chunk = error.fileHandleForReading.availableData, !chunk.isEmpty {
                lock.withLock { errorText += String(decoding: chunk, as: UTF8.self) }
            }
            finished.leave()
        }
        finished.enter()
        DispatchQueue.global().async { [self] in
            while case let chunk = output.fileHandleForReading.availableData, !chunk.isEmpty {
                lock.withLock { outputBytes += chunk }
            }
            finished.leave()
        }
    }

    /// Waits up to `seconds` for standard error to contain `text`.
    func waitForStandardError(containing text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if lock.withLock({ errorText.contains(text) }) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits up to `seconds` for standard output to contain `text`; whether it did while the
    /// process was still running.
    func waitForStandardOutput(containing text: String, seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, process.isRunning {
            if lock.withLock({ String(decoding: outputBytes, as: UTF8.self).contains(text) }) {
                return process.isRunning
            }
            usleep(20_000)
        }
        return false
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end; its standard output, standard error and exit status.
    func finish() -> SwfollowProcess.Result {
        process.waitUntilExit()
        finished.wait()
        return lock.withLock {
            SwfollowProcess.Result(
                standardOutput: outputBytes, standardError: errorText, status: process.terminationStatus)
        }
    }
}
