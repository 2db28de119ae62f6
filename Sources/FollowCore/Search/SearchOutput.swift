import FollowOutput

/// What `swfollow search` prints (grep's precedence when several are given: `-q`, then `-l`, then `-c`).
enum SearchOutput: Equatable {
    /// One line per match: where it is, and the match with context, bytes escaped (the default).
    case lines
    /// `-o`: only the matched bytes, each followed by a newline, as `grep -o` prints them.
    case onlyMatching
    /// `--json`: one JSON object per match (and per gap) on a line.
    case json
    /// `-c`: `STREAM:COUNT` for each stream with a match.
    case count
    /// `-l`: the index of each stream with a match, one a line.
    case list
    /// `-q`: nothing; the exit status tells. Reading stops at the first match.
    case quiet
    /// `--follow MODE`: tshark's follow block of each stream with a match (a second reading pass).
    case follow(FollowMode)
    /// Nothing printed: each match and gap goes to the report's handlers (the library's search).
    case handlers

    /// Whether matches are printed with bytes of context around them.
    var showsContext: Bool {
        self == .lines || self == .json || self == .handlers
    }
}
