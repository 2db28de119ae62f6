import Foundation
import Testing

/// Re-runs the tables' command lines on the real tshark, to show that their expectations are
/// tshark's (opt-in, ~1 minute: `SWFOLLOW_TSHARK_CROSSCHECK=1 swift test --filter TSharkCrossCheck`).
/// Every run reads `fmt_basic.pcap` in `../shared/spec-cases`, with LC_ALL=C.UTF-8.
@Suite(
    .enabled(if: TShark.isEnabled, "opt-in: set SWFOLLOW_TSHARK_CROSSCHECK=1 (needs /usr/bin/tshark and ../shared)"),
    .serialized
)
struct TSharkCrossCheckTests {
    @Test("command-line tables agree with tshark", arguments: CommandLineCases.all.filter(\.matchesTShark))
    func commandLine(row: CommandLineCase) throws {
        let run = try TShark.run(row.arguments)
        switch row.expected {
        case .accepted:
            #expect(run.status == 0, "stderr: \(run.standardError)")
        case .rejected(let line, let status):
            #expect(run.firstErrorLine == "tshark: " + line)
            #expect(run.status == status)
        }
    }

    @Test("follow tables agree with tshark", arguments: FollowCases.all)
    func follow(row: FollowCase) throws {
        let run = try TShark.run(["-r", "fmt_basic.pcap", "-q", "-z", row.argument])
        switch row.expected {
        case .filter(let text):
            #expect(run.standardOutput.contains("\nFilter: \(text)\n"))
            #expect(run.status == 0)
        case .yaml:
            #expect(run.standardOutput.hasPrefix("peers:\n"))
        case .error(let error):
            #expect(run.firstErrorLine == "tshark: " + error.message)
            #expect(run.status == error.exitStatus)
        }
    }
}

/// Runs /usr/bin/tshark in the spec-cases folder.
enum TShark {
    static let path = "/usr/bin/tshark"

    static var isEnabled: Bool {
        ProcessInfo.processInfo.environment["SWFOLLOW_TSHARK_CROSSCHECK"] == "1"
            && FileManager.default.isExecutableFile(atPath: path) && SpecCases.isPresent
    }

    struct Run {
        var standardOutput: String
        var standardError: String
        var status: Int32

        /// The first stderr line that is not tshark's warning about running as root.
        var firstErrorLine: String? {
            standardError.split(separator: "\n", omittingEmptySubsequences: false)
                .first { !$0.hasPrefix("Running as user") }.map(String.init)
        }
    }

    /// Runs tshark with `arguments` (stdin empty, killed after 20 s so a stray live capture ends).
    /// It is started through `env` so that its `argv[0]` is `tshark`, as in the recorded runs: its
    /// getopt errors name the program by `argv[0]`.
    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["PATH=/usr/bin", "tshark"] + arguments
        process.currentDirectoryURL = SpecCases.directory
        process.environment = ProcessInfo.processInfo.environment.merging(["LC_ALL": "C.UTF-8"]) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
        let standardOutput = output.fileHandleForReading.readDataToEndOfFile()
        let standardError = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Run(
            standardOutput: String(decoding: standardOutput, as: UTF8.self),
            standardError: String(decoding: standardError, as: UTF8.self),
            status: process.terminationStatus
        )
    }
}
