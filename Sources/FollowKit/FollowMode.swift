import FollowOutput

/// The five output modes of tshark's `-z follow`.
public enum FollowMode: String, Hashable, Sendable, CaseIterable {
    /// Bytes as text, non-printing bytes as `.`.
    case ascii
    /// EBCDIC bytes translated to text.
    case ebcdic
    /// A hex dump, 16 bytes a line, with offsets and the text column.
    case hex
    /// Each record as one line of lower-case hex, Node 1's indented by a tab.
    case raw
    /// YAML: the peers, then each record with its frame, time and base64 data.
    case yaml

    /// The mode tshark names `name` (`ascii`, `ebcdic`, `hex`, `raw`, `yaml`), or nil.
    public init?(name: String) {
        self.init(rawValue: name)
    }

    var output: FollowOutput.FollowMode {
        switch self {
        case .ascii: .ascii
        case .ebcdic: .ebcdic
        case .hex: .hex
        case .raw: .raw
        case .yaml: .yaml
        }
    }
}
