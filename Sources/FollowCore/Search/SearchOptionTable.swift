/// `swfollow search`'s options as ``GetoptScanner`` reads them: grep's letters (`-e -i -F -c -l
/// -o -q -C -h`, and `-j` as make's) and tshark's `-r` and `-Y`, long options for what has no letter (each also by a
/// unique prefix, `--max` for `--max-match`), and operands anywhere (GNU permutation, so
/// `search PATTERN FILE -i` works).
enum SearchOptionTable: GetoptTable {
    /// What an option does in a search.
    enum Action: Hashable, Sendable {
        case readFile, pattern, caseless, fixedStrings, count, list, onlyMatching, quiet, context, help
        case displayFilter, json, follow, maxMatch, conversation, streams, verbose, preference, frames, version, udp
        /// Live capture: `--interface` (`-i` is grep's), tshark's `-f`, `-a`, `-w`.
        case interface, captureFilter, autostop, writeFile
        case jobs, idle
    }

    static let permutesOperands = true

    private static let shortEntries: [Unicode.Scalar: GetoptEntry<Action>] = [
        "r": GetoptEntry(takesArgument: true, action: .readFile),
        "e": GetoptEntry(takesArgument: true, action: .pattern),
        "i": GetoptEntry(takesArgument: false, action: .caseless),
        "F": GetoptEntry(takesArgument: false, action: .fixedStrings),
        "c": GetoptEntry(takesArgument: false, action: .count),
        "l": GetoptEntry(takesArgument: false, action: .list),
        "o": GetoptEntry(takesArgument: false, action: .onlyMatching),
        "q": GetoptEntry(takesArgument: false, action: .quiet),
        "C": GetoptEntry(takesArgument: true, action: .context),
        "h": GetoptEntry(takesArgument: false, action: .help),
        "Y": GetoptEntry(takesArgument: true, action: .displayFilter),
        "f": GetoptEntry(takesArgument: true, action: .captureFilter),
        "a": GetoptEntry(takesArgument: true, action: .autostop),
        "w": GetoptEntry(takesArgument: true, action: .writeFile),
        "j": GetoptEntry(takesArgument: true, action: .jobs),
    ]

    static func short(_ character: Unicode.Scalar) -> GetoptEntry<Action>? {
        shortEntries[character]
    }

    static let long: [(name: String, entry: GetoptEntry<Action>)] = [
        ("help", GetoptEntry(takesArgument: false, action: .help)),
        ("version", GetoptEntry(takesArgument: false, action: .version)),
        ("json", GetoptEntry(takesArgument: false, action: .json)),
        ("both", GetoptEntry(takesArgument: false, action: .conversation)),
        ("verbose", GetoptEntry(takesArgument: false, action: .verbose)),
        ("follow", GetoptEntry(takesArgument: true, action: .follow)),
        ("max-match", GetoptEntry(takesArgument: true, action: .maxMatch)),
        ("stream", GetoptEntry(takesArgument: true, action: .streams)),
        ("pref", GetoptEntry(takesArgument: true, action: .preference)),
        ("frames", GetoptEntry(takesArgument: true, action: .frames)),
        ("context", GetoptEntry(takesArgument: true, action: .context)),
        ("regexp", GetoptEntry(takesArgument: true, action: .pattern)),
        ("udp", GetoptEntry(takesArgument: false, action: .udp)),
        ("idle", GetoptEntry(takesArgument: true, action: .idle)),
        ("interface", GetoptEntry(takesArgument: true, action: .interface)),
    ]

    /// `--jobs` matches only in full, so that `--j` stays `--json`, as before it existed.
    static let exactLong: [(name: String, entry: GetoptEntry<Action>)] = [
        ("jobs", GetoptEntry(takesArgument: true, action: .jobs))
    ]
}
