/// A pattern PCRE2 refused to compile, with PCRE2's own wording.
///
/// Wireshark prints `message` unchanged (after "Regex compilation error: "), so it is kept exactly
/// as `pcre2_get_error_message` returns it: lowercase, no final period.
package struct PatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// PCRE2's numeric error code (positive for compile errors).
    package var code: Int32
    /// PCRE2's message, e.g. "missing closing parenthesis".
    package var message: String
    /// The byte offset in the pattern where PCRE2 stopped.
    package var offset: Int

    package init(code: Int32, message: String, offset: Int) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    package var description: String {
        "\(message) at offset \(offset)"
    }
}
