import PCRE2Regex

/// What every stream's scanner shares during one search: the compiled patterns, the limits, the
/// report being written and one scratch buffer (so no stream keeps more than it must).
///
/// A class because scanners of thousands of streams refer to it; used from one thread only.
final class SearchContext {
    let patterns: [PCRE2Pattern]
    let report: SearchReport
    /// `--both`: one scope per stream (the conversation) instead of one per direction.
    let isConversation: Bool
    /// Bytes of context printed on each side of a match (0 when the output shows none).
    let contextBytes: Int
    /// Bytes kept before the earliest possible match start: lookbehind, context and at least one
    /// (so that a search never starts at offset 0 of a subject that is not the data's start,
    /// where `^` and `\A` would wrongly match).
    let keepBehind: Int
    /// `--max-match`.
    let maxMatchLength: Int
    /// A JIT stack of up to 16 MiB for every match (PCRE2's default 32 KiB is exhausted by
    /// patterns like `(a|b)+` over a few kilobytes).
    let matchSettings = PCRE2MatchContext(maximumStackSize: 16 << 20)
    /// The carried-over bytes plus the new record, searched as one subject.
    var scratch: [UInt8] = []

    init(patterns: [PCRE2Pattern], report: SearchReport, options: SearchOptions) {
        self.patterns = patterns
        self.report = report
        isConversation = options.conversation
        contextBytes = options.output.showsContext ? options.contextBytes : 0
        keepBehind = max(1, contextBytes, patterns.map(\.maxLookbehind).max() ?? 0)
        maxMatchLength = options.maxMatchLength
    }
}
