import Foundation

/// The pieces of a `follow,tcp,MODE,FILTER[,RANGE]` argument, split loosely for subject templates.
///
/// This is not a validating parser (tshark's own rules are in FOLLOW-RULES §1); it only feeds the
/// `{mode}`, `{stream}`, `{filter}` and `{range}` placeholders of adapters.
public struct FollowSpec: Sendable, Hashable {
    /// The whole argument as written.
    public var text: String
    /// The display mode (`ascii`, `hex`, `raw`, `yaml`, `ebcdic`, or whatever was written).
    public var mode: String
    /// The stream index, when the filter is a plain integer.
    public var stream: String?
    /// The filter as written: an index, or `ADDR:PORT,ADDR:PORT`.
    public var filter: String
    /// The record range, if given.
    public var range: String?

    /// Splits `text`; returns `nil` unless it starts with `follow,tcp`.
    public init?(_ text: String) {
        guard text.hasPrefix("follow,tcp,") else { return nil }
        self.text = text
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).map(String.init)
        mode = parts.first ?? ""
        let rest = Array(parts.dropFirst())
        if let first = rest.first, Int(first.trimmingCharacters(in: .whitespaces)) != nil {
            stream = first
            filter = first
            range = rest.count > 1 ? rest[1...].joined(separator: ",") : nil
        } else {
            stream = nil
            filter = rest.prefix(2).joined(separator: ",")
            range = rest.count > 2 ? rest[2...].joined(separator: ",") : nil
        }
    }
}
