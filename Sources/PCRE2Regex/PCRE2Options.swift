/// Compile options for a `PCRE2Pattern`.
///
/// The default (no option) is what binary matching needs: bytes, not UTF-8, so NUL bytes and
/// invalid UTF-8 in pattern and subject are ordinary characters; `^` and `$` anchor at the
/// ends of the subject only.
package struct PCRE2Options: OptionSet, Hashable, Sendable {
    package var rawValue: UInt32

    package init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Letters match regardless of case (`PCRE2_CASELESS`; ASCII only unless `.utf`).
    package static let caseless = PCRE2Options(rawValue: 1 << 0)
    /// The pattern is a fixed string, with no metacharacters (`PCRE2_LITERAL`).
    package static let literal = PCRE2Options(rawValue: 1 << 1)
    /// `^` and `$` also match after and before newlines (`PCRE2_MULTILINE`).
    package static let multiline = PCRE2Options(rawValue: 1 << 2)
    /// `.` also matches a newline (`PCRE2_DOTALL`).
    package static let dotAll = PCRE2Options(rawValue: 1 << 3)
    /// Pattern and subject are UTF-8 (`PCRE2_UTF`); invalid UTF-8 in a subject simply never
    /// matches (`PCRE2_MATCH_INVALID_UTF`) instead of being an error.
    package static let utf = PCRE2Options(rawValue: 1 << 4)
    /// A `(*UTF)` at the start of the pattern is an error (`PCRE2_NEVER_UTF`), as in Wireshark's
    /// display filters ("using UTF is disabled by the application").
    package static let neverUTF = PCRE2Options(rawValue: 1 << 5)

    /// The Wireshark display-filter flavour: caseless, bytes only.
    package static let displayFilter: PCRE2Options = [.caseless, .neverUTF]

    /// The `pcre2_compile` option bits these options stand for.
    var compileBits: UInt32 {
        var bits: UInt32 = 0
        if contains(.caseless) { bits |= PCRE2Calls.caseless }
        if contains(.literal) { bits |= PCRE2Calls.literal }
        if contains(.multiline) { bits |= PCRE2Calls.multiline }
        if contains(.dotAll) { bits |= PCRE2Calls.dotAll }
        if contains(.utf) { bits |= PCRE2Calls.utf | PCRE2Calls.matchInvalidUTF }
        if contains(.neverUTF) { bits |= PCRE2Calls.neverUTF }
        return bits
    }
}
