/// A compiled, JIT-compiled PCRE2 regular expression over bytes.
///
/// Owns its `pcre2_code` and one `pcre2_match_data`, both freed in `deinit`. Because the match
/// data is reused by every call, a pattern must not be used from two threads at once (it is
/// not `Sendable`); compile one per thread instead.
///
/// The JIT is compiled for both complete and hard-partial matching (`PCRE2_JIT_COMPLETE |
/// PCRE2_JIT_PARTIAL_HARD`): without the second flag every partial match would silently fall
/// back to the much slower interpreter.
package final class PCRE2Pattern {
    /// The compiled pattern (`pcre2_code_8 *`).
    let code: OpaquePointer
    /// Reused match results (`pcre2_match_data_8 *`).
    let matchData: OpaquePointer
    /// Whether the JIT compiled the pattern (false only where PCRE2 has no JIT).
    package let isJITCompiled: Bool

    /// Compiles `pattern`, given as raw bytes (NUL and non-UTF-8 bytes allowed).
    ///
    /// - Parameters:
    ///   - pattern: the pattern bytes; its length is passed to PCRE2, so it need not end in NUL.
    ///   - options: compile options; none means a case-sensitive byte pattern.
    /// - Throws: `PatternError` with PCRE2's message and the offset it stopped at.
    package init(bytes pattern: some Sequence<UInt8>, options: PCRE2Options = []) throws(PatternError) {
        let patternBytes = Array(pattern)
        let compiled = patternBytes.withUnsafeBytes { PCRE2Calls.compile($0, options: options.compileBits) }
        switch compiled {
        case .failure(let failure):
            throw PatternError(
                code: failure.code,
                message: PCRE2Calls.errorMessage(failure.code),
                offset: failure.offset
            )
        case .success(let code):
            guard let matchData = PCRE2Calls.makeMatchData(for: code) else {
                PCRE2Calls.freeCode(code)
                throw PatternError(code: 0, message: "failed to get memory", offset: 0)
            }
            self.code = code
            self.matchData = matchData
            self.isJITCompiled = PCRE2Calls.jitCompile(code)
        }
    }

    /// Compiles `pattern`, taking its UTF-8 bytes.
    ///
    /// - Throws: `PatternError` with PCRE2's message and the offset it stopped at.
    package convenience init(_ pattern: String, options: PCRE2Options = []) throws(PatternError) {
        try self.init(bytes: pattern.utf8, options: options)
    }

    deinit {
        PCRE2Calls.freeMatchData(matchData)
        PCRE2Calls.freeCode(code)
    }

    /// Whether the pattern matches anywhere in `bytes`.
    ///
    /// A matching error (match or depth limit, JIT stack exhausted) counts as no match, as in
    /// Wireshark, so hostile input can make a filter false but never crash it.
    /// - Complexity: PCRE2's; linear for most patterns.
    package func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstMatch(in: bytes) != nil
    }

    /// The first match at or after `start`, as byte offsets into `bytes`.
    ///
    /// - Returns: nil when there is no match, on a matching error, or when `start` is outside
    ///   `0...bytes.count`.
    package func firstMatch(in bytes: UnsafeRawBufferPointer, startingAt start: Int = 0) -> Range<Int>? {
        guard (0...bytes.count).contains(start) else { return nil }
        let result = PCRE2Calls.match(code, subject: bytes, startOffset: start, options: 0, matchData: matchData)
        guard result > 0 else { return nil }
        return range(PCRE2Calls.matchedRange(matchData))
    }

    /// Searches `bytes` from `start`, reporting a match cut off by the end of `bytes` as partial.
    ///
    /// With `PCRE2_PARTIAL_HARD` a partial match wins over a complete one found later, and a
    /// match that could grow with more input (e.g. `a+` at the very end) is also partial.
    /// - Returns: `.none` also on matching errors and for a `start` outside `0...bytes.count`.
    package func partialMatch(in bytes: UnsafeRawBufferPointer, startingAt start: Int = 0) -> PartialMatch {
        guard (0...bytes.count).contains(start) else { return .none }
        let result = PCRE2Calls.match(
            code,
            subject: bytes,
            startOffset: start,
            options: PCRE2Calls.partialHard,
            matchData: matchData
        )
        if result > 0 {
            return .complete(range(PCRE2Calls.matchedRange(matchData)))
        }
        if result == PCRE2Calls.partial {
            return .partial(from: PCRE2Calls.matchedRange(matchData).start)
        }
        return .none
    }

    /// Validates an ovector pair (a `\K` can make the end precede the start).
    private func range(_ offsets: (start: Int, end: Int)) -> Range<Int> {
        offsets.start <= offsets.end ? offsets.start..<offsets.end : offsets.end..<offsets.end
    }
}
