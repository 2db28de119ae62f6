import LiveCapture
import DisplayFilter

/// The `-2 -R` read filter and the `-Y` display filter of one run, compiled as tshark compiles
/// them: the read filter first, then the display filter, before the capture is opened.
struct CommandFilters {
    /// `-2 -R`: frames it rejects are invisible to everything after it (FOLLOW-RULES R1.11).
    var read: DisplayFilter?
    /// `-Y`: selects the frames `-T fields` prints; no effect on follow blocks (R1.10).
    var display: DisplayFilter?
    /// `--streams`: follow every stream with a frame it keeps (swfollow's own).
    var streams: DisplayFilter?

    /// Compiles the filters `options` carry.
    /// - Throws: tshark's diagnostic lines (without the program-name prefix) for the first filter
    ///   that does not compile; tshark then exits with ``FilterDiagnostic/exitStatus``.
    init(_ options: CommandLineOptions) throws(FilterError) {
        read = try options.readFilter.map { text throws(FilterError) in try Self.compile(text) }
        display = try options.displayFilter.map { text throws(FilterError) in try Self.compile(text) }
        streams = try options.streamsFilter.map { text throws(FilterError) in try Self.compile(text) }
    }

    /// A filter that does not compile, as tshark reports it.
    struct FilterError: Error {
        /// The lines after `tshark: `, each ending in a newline.
        var text: String
    }

    /// Compiles one filter; the error adds tshark's capture-filter note when libpcap takes the
    /// text as a capture filter.
    static func compile(_ text: String) throws(FilterError) -> DisplayFilter {
        do {
            return try DisplayFilter(compiling: text)
        } catch {
            var lines = error.render(filter: text)
            if !error.isSwfollowRefusal, CaptureFilter.compiles(text) {
                lines += FilterDiagnostic.captureFilterNote
            }
            throw FilterError(text: lines)
        }
    }
}
