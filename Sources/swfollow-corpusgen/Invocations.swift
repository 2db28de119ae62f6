import ConformanceKit

/// Builders for the invocation lists of `case.json`.
enum Invocations {
    /// The four modes most cases are checked in.
    static let modes = ["ascii", "hex", "raw", "yaml"]

    /// `-r {capture} -qz follow,tcp,MODE,N` for each stream and mode, named `follow-MODE-N`.
    static func follow(streams: [Int] = [0], modes: [String] = modes) -> [Invocation] {
        streams.flatMap { stream in
            modes.map { z("follow,tcp,\($0),\(stream)", name: "follow-\($0)-\(stream)") }
        }
    }

    /// The four modes with a filter (address pair, index form, range…), named `follow-MODE-<label>`.
    static func follow(filter: String, label: String, modes: [String] = modes) -> [Invocation] {
        modes.map { z("follow,tcp,\($0),\(filter)", name: "follow-\($0)-\(label)") }
    }

    /// One `-r {capture} -qz SPEC` invocation.
    static func z(_ spec: String, name: String) -> Invocation {
        Invocation(name: name, args: ["-r", "{capture}", "-qz", spec])
    }

    /// Arbitrary arguments.
    static func custom(_ name: String, _ args: [String]) -> Invocation {
        Invocation(name: name, args: args)
    }
}
