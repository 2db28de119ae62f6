/// One `-z` argument that passed tshark's option-time check, kept verbatim and in command-line order.
///
/// tshark checks a `-z` argument while reading options by looking for a registered statistic name
/// that is a **prefix** of it (so `follow,tcpx,…` passes as `follow,tcp`); an unknown name is
/// rejected at once, before the capture file is opened (FOLLOW-RULES R1.1, R1.7). The follow
/// argument itself is only parsed after the file has been opened: call ``FollowRequest/parse(_:)``
/// on ``text`` then.
package enum StatisticArgument: Hashable, Sendable {
    /// `follow,<protocol>…` for one of tshark 4.0's follow protocols. Only `follow,tcp` and
    /// `follow,udp` are implemented; ``FollowRequest/parse(_:)`` rejects the others.
    case follow(String)
    /// `conv,tcp…` or `conv,udp…`: tshark's TCP or UDP conversation table (``ConversationRequest``).
    case conversation(String)

    /// The follow protocols registered in tshark 4.0 (`follow,<name>` statistics).
    private static let followProtocols = ["dccp", "http", "http2", "quic", "sip", "tcp", "tls", "udp"]

    /// The statistic names swfollow lists in its error and `-z help` texts.
    static let listedNames = ["conv,tcp", "conv,udp", "follow,tcp", "follow,udp"]

    /// The argument as given on the command line.
    package var text: String {
        switch self {
        case .follow(let text), .conversation(let text): text
        }
    }

    /// The statistic an argument names by tshark's prefix rule, or nil when swfollow knows none.
    init?(_ argument: String) {
        let bytes = argument.utf8
        if Self.followProtocols.contains(where: { bytes.starts(with: "follow,\($0)".utf8) }) {
            self = .follow(argument)
        } else if ConversationProtocol.named(in: argument) != nil {
            self = .conversation(argument)
        } else {
            return nil
        }
    }
}

extension CommandLineError {
    /// tshark's first line for an unknown `-z` name; where tshark then lists every statistic it
    /// has, swfollow lists the ones it knows and says so.
    static func invalidStatistic(_ argument: String) -> Self {
        Self(
            "Invalid -z argument \"\(argument)\"; it must be one of:\n"
                + StatisticArgument.listedNames.map { "     \($0)\n" }.joined()
                + "(swfollow implements only these; tshark lists all of its statistics here)"
        )
    }
}
