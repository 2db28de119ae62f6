import CaptureFile
import FollowOutput
import PCRE2Regex

/// A search that prints nothing: `swfollow search`'s engine with every match and gap handed to
/// the caller's closures (the public library's entry to it).
package struct PatternSearch {
    private let patterns: [PCRE2Pattern]
    private let options: SearchOptions

    /// - Parameters:
    ///   - patterns: compiled PCRE2 patterns, numbered by their position.
    ///   - followed: TCP or UDP streams.
    ///   - conversation: one subject per stream (both directions in output order) rather than one
    ///     per direction.
    ///   - contextBytes: bytes of context kept on each side of a match.
    ///   - maxMatchLength: the longest match the search can find (what it carries between records).
    ///   - streams: the stream indices to search; nil searches them all.
    package init(
        patterns: [PCRE2Pattern], followed: FollowProtocol, conversation: Bool, contextBytes: Int,
        maxMatchLength: Int, streams: Set<UInt32>?
    ) {
        self.patterns = patterns
        var options = SearchOptions()
        options.output = .handlers
        options.followed = followed
        options.conversation = conversation
        options.contextBytes = contextBytes
        options.maxMatchLength = maxMatchLength
        if let streams {
            var selection = StreamSelection()
            selection.restrict(to: Array(streams))
            options.streams = selection
        }
        self.options = options
    }

    /// Whether UDP streams are searched (else TCP).
    package var followsUDP: Bool { options.followed == .udp }

    /// Reads `reader` to its end and searches the selected streams.
    /// - Parameter settings: the decoding preferences and frame limit.
    /// - Returns: where PCRE2 gave up (one line per pattern and reason), and the damage that
    ///   ended the reading early, if any: what came before it was searched.
    package func run(
        _ reader: CaptureReader, settings: FollowSettings, onMatch: @escaping (SearchMatch) -> Void,
        onGap: @escaping (SearchGap) -> Void
    ) -> (failures: [String], damage: CaptureError?) {
        let report = SearchReport(output: .handlers, verbose: false, patternCount: patterns.count)
        report.onMatch = onMatch
        report.onGap = onGap
        var run = StreamSearchRun(
            context: SearchContext(patterns: patterns, report: report, options: options), selection: options.streams,
            followed: options.followed)
        let damage = run.search(reader, settings: settings)
        return (report.diagnostics, damage)
    }
}
