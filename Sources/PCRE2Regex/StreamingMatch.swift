/// The outcome of one step of a streaming search (``PCRE2Pattern/streamingMatch(in:startingAt:isEndOfData:isAnchored:context:)``).
package enum StreamingMatch: Hashable, Sendable {
    /// A complete, non-empty match, as byte offsets into the subject.
    case complete(Range<Int>)
    /// The subject ended inside a possible match that started at this offset: search again from
    /// there once more bytes are appended.
    case partial(from: Int)
    /// No match can start at or after the start offset, however the data continues.
    case none
    /// PCRE2 gave up (match or depth limit, JIT stack exhausted): its code and message.
    case failed(code: Int32, message: String)
}
