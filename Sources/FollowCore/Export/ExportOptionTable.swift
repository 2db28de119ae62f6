/// `swfollow export`'s options as ``GetoptScanner`` reads them: `-r`, `-o`, `-h`, `-q`, `-j` and long options
/// (each also by a unique prefix).
enum ExportOptionTable: GetoptTable {
    /// What an option does in an export.
    enum Action: Hashable, Sendable {
        case readFile, directory, help, proto, streamsFilter, streamList, minBytes, maxBytes, follow, pcap, force, quiet
        case jobs
    }

    static let permutesOperands = true

    private static let shortEntries: [Unicode.Scalar: GetoptEntry<Action>] = [
        "r": GetoptEntry(takesArgument: true, action: .readFile),
        "o": GetoptEntry(takesArgument: true, action: .directory),
        "h": GetoptEntry(takesArgument: false, action: .help),
        "q": GetoptEntry(takesArgument: false, action: .quiet),
        "j": GetoptEntry(takesArgument: true, action: .jobs),
    ]

    static func short(_ character: Unicode.Scalar) -> GetoptEntry<Action>? {
        shortEntries[character]
    }

    static let long: [(name: String, entry: GetoptEntry<Action>)] = [
        ("help", GetoptEntry(takesArgument: false, action: .help)),
        ("proto", GetoptEntry(takesArgument: true, action: .proto)),
        ("streams", GetoptEntry(takesArgument: true, action: .streamsFilter)),
        ("stream", GetoptEntry(takesArgument: true, action: .streamList)),
        ("min-bytes", GetoptEntry(takesArgument: true, action: .minBytes)),
        ("max-bytes", GetoptEntry(takesArgument: true, action: .maxBytes)),
        ("follow", GetoptEntry(takesArgument: true, action: .follow)),
        ("pcap", GetoptEntry(takesArgument: false, action: .pcap)),
        ("force", GetoptEntry(takesArgument: false, action: .force)),
        ("quiet", GetoptEntry(takesArgument: false, action: .quiet)),
        ("jobs", GetoptEntry(takesArgument: true, action: .jobs)),
    ]

    static let exactLong: [(name: String, entry: GetoptEntry<Action>)] = []
}
