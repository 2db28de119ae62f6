import Foundation

/// A subject run as a shell command built from a `CommandTemplate` (`tshark {args}`, an adapter script, …).
public struct ProcessSubject: Subject {
    public let name: String
    /// The command template.
    public let template: CommandTemplate
    /// Seconds before one run is stopped.
    public var timeout: Double

    /// Creates a subject.
    /// - Parameters:
    ///   - template: the command line with placeholders.
    ///   - name: the report name; defaults to the template's program name.
    ///   - timeout: seconds per invocation.
    public init(template: CommandTemplate, name: String? = nil, timeout: Double = 120) {
        self.template = template
        self.name = name ?? template.defaultSubjectName
        self.timeout = timeout
    }

    /// The environment every subject gets: an empty Wireshark configuration folder, so a
    /// developer's personal preferences cannot change tshark's output, and the C locale.
    public static func environment(scratch: URL) -> [String: String] {
        ["WIRESHARK_CONFIG_DIR": scratch.appendingPathComponent("wireshark-config").path, "LC_ALL": "C"]
    }

    public func run(_ invocation: Invocation, of testCase: CorpusCase, context: SubjectContext) throws -> Observation {
        let values = CommandTemplate.values(invocation: invocation, testCase: testCase, context: context)
        let command = template.expand(values)
        let work = URL(fileURLWithPath: context.scratchDirectory.path + ".runner")
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("wireshark-config"), withIntermediateDirectories: true)
        let result = try ProcessRunner.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", command],
            directory: context.caseDirectory, environment: Self.environment(scratch: work),
            scratch: work, timeout: timeout)
        let canonicalizer = StderrCanonicalizer(programNames: [name])
        var stderr = canonicalizer.canonicalize(String(decoding: result.stderr, as: UTF8.self))
        if result.timedOut { stderr += "\n[killed after \(Int(timeout)) s]" }
        return Observation(stdout: result.stdout, exitStatus: result.status, stderr: stderr)
    }
}
