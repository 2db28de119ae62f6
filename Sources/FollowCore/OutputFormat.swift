/// The `-T` output formats tshark 4.0.17 accepts (the names are case-sensitive).
///
/// swfollow records the choice; only the follow blocks are implemented so far.
package enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    case fields, pdml, ps, psml, json, jsonraw, ek, text, tabs

    /// Whether tshark accepts `-e` fields with this format (it rejects them with text, tabs, ps
    /// and jsonraw, whatever its error message says).
    var allowsFields: Bool {
        switch self {
        case .fields, .pdml, .psml, .json, .ek: true
        case .ps, .jsonraw, .text, .tabs: false
        }
    }

    /// Parses the argument of `-T`.
    /// - Throws: tshark's `Invalid -T parameter "X"; it must be one of:` and the list of names.
    static func parse(_ argument: String) throws(CommandLineError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: argument) else {
            throw CommandLineError(
                "Invalid -T parameter \"\(argument)\"; it must be one of:"
                    + allCases.map { "\n\t\"\($0.rawValue)\"" }.joined()
            )
        }
        return format
    }
}
