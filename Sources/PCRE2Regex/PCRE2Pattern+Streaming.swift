import CPCRE2

/// Searching data that arrives in pieces (a reassembled TCP stream), as `pcre2partial(3)` describes
/// for multi-segment matching: keep the bytes from a partial match's start (and the lookbehind
/// before it), append the next piece and search again.
extension PCRE2Pattern {
    /// The longest lookbehind of the pattern in bytes (`PCRE2_INFO_MAXLOOKBEHIND`): how many bytes
    /// before the search start a match may inspect. `\b`, `\B` and `\A` count as one.
    package var maxLookbehind: Int {
        var value: UInt32 = 0
        let status = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_MAXLOOKBEHIND), &value)
        return status == 0 ? Int(value) : 0
    }

    /// Searches `bytes` from `start` for a non-empty match (`PCRE2_NOTEMPTY`; only a `\K` can
    /// still make the reported range empty).
    ///
    /// Unless `isEndOfData`, the search is hard-partial (`PCRE2_PARTIAL_HARD`): a match attempt
    /// that reaches the end of `bytes` (including one that could still grow, like `a+`, or one
    /// waiting for `$`) is reported as `.partial` rather than settled on the bytes at hand, so
    /// searching piece by piece finds exactly the matches a search of the whole data finds.
    /// - Parameters:
    ///   - bytes: the subject; the bytes before `start` serve as lookbehind context only.
    ///   - start: where matches may begin, in `0...bytes.count`.
    ///   - isEndOfData: true when no more bytes will follow (end of stream, or a gap).
    ///   - isAnchored: the match must start at `start` (`PCRE2_ANCHORED`; the JIT then falls back
    ///     to the interpreter, so use it for single positions only).
    ///   - context: match settings (a larger JIT stack), or nil for PCRE2's defaults.
    /// - Complexity: PCRE2's; linear in `bytes.count - start` for most patterns.
    package func streamingMatch(
        in bytes: UnsafeRawBufferPointer, startingAt start: Int, isEndOfData: Bool, isAnchored: Bool = false,
        context: PCRE2MatchContext? = nil
    ) -> StreamingMatch {
        guard (0...bytes.count).contains(start) else { return .none }
        var options = UInt32(PCRE2_NOTEMPTY)
        if !isEndOfData { options |= PCRE2Calls.partialHard }
        if isAnchored { options |= UInt32(PCRE2_ANCHORED) }
        let result = PCRE2Calls.match(
            code, subject: bytes, startOffset: start, options: options, matchData: matchData, context: context?.context)
        if result > 0 {
            let (from, to) = PCRE2Calls.matchedRange(matchData)
            // Only a `\K` can report an end before the start: that match is empty.
            return .complete(min(from, to)..<to)
        }
        switch result {
        case PCRE2Calls.partial: return .partial(from: PCRE2Calls.matchedRange(matchData).start)
        case PCRE2Calls.noMatch: return .none
        default: return .failed(code: result, message: PCRE2Calls.errorMessage(result))
        }
    }
}
