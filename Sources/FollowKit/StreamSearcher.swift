import FollowCore
import FollowOutput
import PCRE2Regex

/// Searches whole reassembled streams with PCRE2 regular expressions, as `swfollow search` does:
/// a match may span any number of segments or datagrams, and is reported with the frames that
/// carried its first and last bytes.
///
/// Each direction of each stream is one subject (or, with ``Scope/conversation``, the
/// conversation in tshark's output order). Memory per stream is bounded by the longest match
/// allowed plus the context kept, never by the stream's length; bytes the capture lacks
/// (``FollowGap``) are never matched across.
///
/// ```swift
/// let searcher = try StreamSearcher(patterns: [#"(?i)authorization: basic \S+"#])
/// let summary = try searcher.run(try Capture(path: "trace.pcap")) { match in
///     print(match.stream, match.firstFrame, String(decoding: match.bytes, as: UTF8.self))
/// }
/// ```
public struct StreamSearcher {
    /// What one subject of the search is.
    public enum Scope: Hashable, Sendable {
        /// Each direction of a stream separately (the default).
        case eachDirection
        /// Both directions of a stream as one subject, in tshark's record order.
        case conversation
    }

    private let search: PatternSearch

    /// Compiles `patterns` (PCRE2 syntax, UTF-8 text matched against bytes) with JIT.
    /// - Parameters:
    ///   - patterns: the patterns, numbered from 0 in ``StreamMatch/pattern``.
    ///   - options: how the patterns are read.
    ///   - transport: search TCP or UDP streams.
    ///   - scope: one subject per direction, or per conversation.
    ///   - contextBytes: bytes kept before and after each match (``StreamMatch/before``, ``StreamMatch/after``).
    ///   - maxMatchLength: the longest match that can be found; longer ones are cut there.
    ///   - streams: the stream indices to search; nil searches every stream.
    /// - Throws: ``SearchPatternError`` for the first pattern PCRE2 refuses.
    public init(
        patterns: [String], options: SearchPatternOptions = [], transport: TransportProtocol = .tcp,
        scope: Scope = .eachDirection, contextBytes: Int = 16, maxMatchLength: Int = 65_536,
        streams: Set<UInt32>? = nil
    ) throws(SearchPatternError) {
        var flags: PCRE2Options = []
        if options.contains(.caseless) { flags.insert(.caseless) }
        if options.contains(.literal) { flags.insert(.literal) }
        var compiled: [PCRE2Pattern] = []
        for (index, pattern) in patterns.enumerated() {
            do {
                compiled.append(try PCRE2Pattern(pattern, options: flags))
            } catch {
                throw SearchPatternError(pattern: index, message: error.message, offset: error.offset)
            }
        }
        search = PatternSearch(
            patterns: compiled, followed: transport.followed, conversation: scope == .conversation,
            contextBytes: max(0, contextBytes), maxMatchLength: max(1, maxMatchLength), streams: streams)
    }

    /// Reads `capture` to its end and hands each match to `onMatch`, in stream order within the
    /// capture's order (a match is handed over once its trailing context has arrived).
    /// - Parameters:
    ///   - capture: the capture, read from its current frame to its end.
    ///   - options: the dissection preferences.
    ///   - onGap: bytes missing from a searched direction (a match never spans them).
    ///   - onMatch: each match.
    /// - Returns: what the search could not do.
    /// - Throws: ``CaptureError`` when the capture is damaged: the frames before the damage were
    ///   searched and their matches handed over.
    @discardableResult
    public func run(
        _ capture: Capture, options: DissectionOptions = DissectionOptions(),
        onGap: @escaping (FollowGap) -> Void = { _ in }, onMatch: @escaping (StreamMatch) -> Void
    ) throws(CaptureError) -> SearchSummary {
        let transport: TransportProtocol = search.followsUDP ? .udp : .tcp
        let (failures, damage) = search.run(
            capture.reader,
            settings: FollowSettings(
                defragment: options.reassemblesIPv4Fragments, defragmentIPv6: options.reassemblesIPv6Fragments,
                frameLimit: options.frameLimit),
            onMatch: { onMatch(StreamMatch($0, transport: transport)) },
            onGap: {
                onGap(FollowGap(stream: StreamID(transport, $0.stream), node: $0.node, missingBytes: $0.missing, frameNumber: $0.frameNumber))
            })
        if let damage { throw CaptureError(damage) }
        return SearchSummary(unsearched: failures)
    }
}

/// How ``StreamSearcher`` reads its patterns.
public struct SearchPatternOptions: OptionSet, Hashable, Sendable {
    /// The option bits.
    public var rawValue: UInt8

    /// Options from their bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Letters match either case (`grep -i`).
    public static let caseless = SearchPatternOptions(rawValue: 1)
    /// Patterns are plain byte strings, not regular expressions (`grep -F`).
    public static let literal = SearchPatternOptions(rawValue: 2)
}

/// What a ``StreamSearcher`` run could not do.
public struct SearchSummary: Hashable, Sendable {
    /// One line per pattern and reason PCRE2 gave up (a match or depth limit), saying where it
    /// first did and how often; the data after each place was not searched. Empty when the whole
    /// of every stream was searched.
    public var unsearched: [String]
}

/// A pattern PCRE2 refused.
public struct SearchPatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which pattern (0-based, in the order given).
    public var pattern: Int
    /// PCRE2's message.
    public var message: String
    /// Where in the pattern PCRE2 stopped (bytes of its UTF-8 text).
    public var offset: Int

    /// `pattern 1: MESSAGE at offset N`.
    public var description: String { "pattern \(pattern + 1): \(message) at offset \(offset)" }
}
