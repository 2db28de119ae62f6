import FollowCore
import Foundation

/// Runs `swfollow search` in-process on a capture built by a test.
struct SearchRunner {
    let path: String

    init(_ capture: TestCapture) throws {
        path = try capture.write()
    }

    /// Standard output as text, standard error lines and the exit status.
    func run(_ arguments: [String]) -> (output: String, errors: [String], status: Int32) {
        let outcome = SwfollowCommand.run(["search", "-r", path] + arguments)
        let errors = outcome.standardError.split(separator: "\n").map(String.init)
        return (String(decoding: outcome.standardOutput, as: UTF8.self), errors, outcome.status)
    }

    /// The `--json` objects printed.
    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let output = run(["--json"] + arguments).output
        return try output.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// The `"type":"match"` objects printed.
    func matches(_ arguments: [String]) throws -> [[String: Any]] {
        try json(arguments).filter { $0["type"] as? String == "match" }
    }

    /// `swfollow -r FILE -qz follow,tcp,MODE,STREAM` (the plain follow command) output.
    func follow(_ mode: String, _ stream: Int) -> [UInt8] {
        SwfollowCommand.run(["-r", path, "-qz", "follow,tcp,\(mode),\(stream)"]).standardOutput
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
