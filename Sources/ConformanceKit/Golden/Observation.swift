/// What one run of a program printed: stdout bytes, exit status and (canonical) stderr.
///
/// Goldens and subject runs share this shape, so they compare field by field.
public struct Observation: Sendable, Hashable, Codable {
    /// Raw standard output, never rewritten.
    public var stdout: [UInt8]
    /// The exit status (a signal `n` is reported as `128 + n`).
    public var exitStatus: Int32
    /// Standard error after `StderrCanonicalizer`.
    public var stderr: String

    /// Creates an observation.
    public init(stdout: [UInt8], exitStatus: Int32, stderr: String) {
        self.stdout = stdout
        self.exitStatus = exitStatus
        self.stderr = stderr
    }
}
