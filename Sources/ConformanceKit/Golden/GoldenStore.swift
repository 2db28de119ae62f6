import Foundation

/// Reads and writes `Golden/<case id>/<invocation>.stdout` and `.status.json`.
///
/// `.stdout` holds tshark's raw bytes; `.status.json` holds `{"exit":N,"stderr":"…"}` with stderr
/// already canonical. Nothing here rewrites stdout.
public struct GoldenStore: Sendable {
    /// The JSON side file.
    private struct Status: Codable {
        var exit: Int32
        var stderr: String
    }

    /// The folder layout.
    public let layout: CorpusLayout

    /// Creates a store over `layout.goldenDirectory`.
    public init(layout: CorpusLayout) {
        self.layout = layout
    }

    /// The two files of one invocation.
    public func files(caseID: String, invocation: String) -> (stdout: URL, status: URL) {
        let directory = layout.goldenDirectory(caseID)
        return (
            directory.appendingPathComponent(invocation + ".stdout"),
            directory.appendingPathComponent(invocation + ".status.json")
        )
    }

    /// Loads the golden of one invocation, or `nil` if it was never recorded.
    /// - Throws: when the status file exists but is not valid.
    public func load(caseID: String, invocation: String) throws -> Observation? {
        let (stdoutFile, statusFile) = files(caseID: caseID, invocation: invocation)
        guard let stdout = FileManager.default.contents(atPath: stdoutFile.path),
            let statusData = FileManager.default.contents(atPath: statusFile.path)
        else { return nil }
        let status = try JSONDecoder().decode(Status.self, from: statusData)
        return Observation(stdout: [UInt8](stdout), exitStatus: status.exit, stderr: status.stderr)
    }

    /// The exact bytes `save` writes for an observation's status file.
    public static func encodeStatus(_ observation: Observation) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Status(exit: observation.exitStatus, stderr: observation.stderr))
        return [UInt8](data) + [0x0A]
    }

    /// Writes one invocation's golden files when they differ from what is stored.
    /// - Returns: `true` if a file was created or changed.
    /// - Throws: file-system errors.
    @discardableResult
    public func save(_ observation: Observation, caseID: String, invocation: String) throws -> Bool {
        let (stdoutFile, statusFile) = files(caseID: caseID, invocation: invocation)
        try FileManager.default.createDirectory(
            at: stdoutFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let wroteStdout = try Self.writeIfChanged(observation.stdout, to: stdoutFile)
        let wroteStatus = try Self.writeIfChanged(Self.encodeStatus(observation), to: statusFile)
        return wroteStdout || wroteStatus
    }

    /// Writes `bytes` unless the file already holds exactly them.
    /// - Returns: whether the file was written.
    static func writeIfChanged(_ bytes: [UInt8], to file: URL) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: file.path), [UInt8](existing) == bytes {
            return false
        }
        try Data(bytes).write(to: file)
        return true
    }
}
