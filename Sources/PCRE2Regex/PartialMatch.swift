/// The outcome of a hard-partial search (`PCRE2_PARTIAL_HARD`), for searching a stream chunk by chunk.
///
/// A streaming caller keeps the bytes from `partial`'s offset on, appends the next chunk, and
/// searches again; a `.none` means no match can start anywhere in the bytes searched, so they
/// can all be dropped (except what lookbehinds need).
package enum PartialMatch: Hashable, Sendable {
    /// A complete match, as byte offsets into the subject.
    case complete(Range<Int>)
    /// The subject ended inside a possible match that started at this offset.
    case partial(from: Int)
    /// No match, complete or partial.
    case none
}
