import CPCRE2

/// The only place in swfollow that calls libpcre2-8 (the swift-system `Syscalls.swift` pattern).
///
/// Every other file in this module sees PCRE2 objects only as `OpaquePointer`s and plain integers,
/// so the C types stay behind this one wall.
enum PCRE2Calls {
    /// Compile-option bits, spelled as in `pcre2.h`.
    static let caseless = UInt32(PCRE2_CASELESS)
    static let literal = UInt32(PCRE2_LITERAL)
    static let multiline = UInt32(PCRE2_MULTILINE)
    static let dotAll = UInt32(PCRE2_DOTALL)
    static let utf = UInt32(PCRE2_UTF)
    static let neverUTF = UInt32(PCRE2_NEVER_UTF)
    static let matchInvalidUTF = UInt32(PCRE2_MATCH_INVALID_UTF)

    /// Match-option bit that makes a match reaching the end of the subject report "partial" first.
    static let partialHard = UInt32(PCRE2_PARTIAL_HARD)

    /// The match results PCRE2 reports with negative codes that are not errors.
    static let noMatch = Int32(PCRE2_ERROR_NOMATCH)
    static let partial = Int32(PCRE2_ERROR_PARTIAL)

    /// Compiles `pattern` (any bytes, NUL included: the length is passed explicitly).
    ///
    /// - Returns: the compiled code, or the PCRE2 error code and the pattern offset it refers to.
    ///   The corresponding libpcre2 function is `pcre2_compile_8`.
    static func compile(
        _ pattern: UnsafeRawBufferPointer,
        options: UInt32
    ) -> Result<OpaquePointer, CompileFailure> {
        var errorCode: Int32 = 0
        var errorOffset = 0
        // An empty buffer may have a nil base address; PCRE2 wants a valid pointer even for length 0.
        let code: OpaquePointer? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { empty in
            let base = pattern.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(empty.baseAddress)
            return pcre2_compile_8(base, pattern.count, options, &errorCode, &errorOffset, nil)
        }
        guard let code else {
            return .failure(CompileFailure(code: errorCode, offset: errorOffset))
        }
        return .success(code)
    }

    /// JIT-compiles `code` for complete and hard-partial matching.
    ///
    /// - Returns: whether the JIT is in use; when it is not (no JIT on this platform, or out of
    ///   executable memory) PCRE2 silently uses its interpreter, which gives the same results.
    ///   The corresponding libpcre2 function is `pcre2_jit_compile_8`.
    static func jitCompile(_ code: OpaquePointer) -> Bool {
        pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE) | UInt32(PCRE2_JIT_PARTIAL_HARD)) == 0
    }

    /// Creates match data sized for the capture groups of `code`, or nil when out of memory.
    /// The corresponding libpcre2 function is `pcre2_match_data_create_from_pattern_8`.
    static func makeMatchData(for code: OpaquePointer) -> OpaquePointer? {
        pcre2_match_data_create_from_pattern_8(code, nil)
    }

    /// Runs one match of `code` against `subject` from `startOffset`.
    ///
    /// - Parameter context: a `pcre2_match_context` (e.g. with a larger JIT stack), or nil for defaults.
    /// - Returns: PCRE2's return code: > 0 for a match, `noMatch`, `partial`, or another negative error.
    ///   The corresponding libpcre2 function is `pcre2_match_8`.
    static func match(
        _ code: OpaquePointer,
        subject: UnsafeRawBufferPointer,
        startOffset: Int,
        options: UInt32,
        matchData: OpaquePointer,
        context: OpaquePointer? = nil
    ) -> Int32 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { empty in
            let base = subject.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(empty.baseAddress)
            return pcre2_match_8(code, base, subject.count, startOffset, options, matchData, context)
        }
    }

    /// The start and end offsets of the whole match (or of the partial match) in `matchData`.
    /// The corresponding libpcre2 function is `pcre2_get_ovector_pointer_8`.
    static func matchedRange(_ matchData: OpaquePointer) -> (start: Int, end: Int) {
        let vector = pcre2_get_ovector_pointer_8(matchData)
        guard let vector else { return (0, 0) }
        return (vector[0], vector[1])
    }

    /// The English text PCRE2 gives for `code`, e.g. "missing closing parenthesis".
    /// The corresponding libpcre2 function is `pcre2_get_error_message_8`.
    static func errorMessage(_ code: Int32) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            guard let base = buffer.baseAddress else { return "error \(code)" }
            let length = pcre2_get_error_message_8(code, base, buffer.count)
            guard length >= 0 else { return "error \(code)" }
            return String(decoding: UnsafeBufferPointer(start: base, count: Int(length)), as: UTF8.self)
        }
    }

    /// Frees compiled code. The corresponding libpcre2 function is `pcre2_code_free_8`.
    static func freeCode(_ code: OpaquePointer) {
        pcre2_code_free_8(code)
    }

    /// Frees match data. The corresponding libpcre2 function is `pcre2_match_data_free_8`.
    static func freeMatchData(_ matchData: OpaquePointer) {
        pcre2_match_data_free_8(matchData)
    }

    /// A failed `pcre2_compile_8`: its error code and the pattern offset where it stopped.
    struct CompileFailure: Error {
        var code: Int32
        var offset: Int
    }
}
