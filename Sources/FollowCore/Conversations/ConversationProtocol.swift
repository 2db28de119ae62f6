/// A transport protocol whose conversation table swfollow prints (`-z conv,<name>`).
///
/// The tables of all of them share one accumulator (``ConversationTable``) and one renderer
/// (``ConversationTableText``): tshark 4.0 prints them with the same `iousers` code, endpoints as
/// `address:port`, and differs only in the title and in which tap feeds the rows.
package enum ConversationProtocol: String, CaseIterable, Hashable, Sendable {
    /// `conv,tcp`: one row per `tcp.stream`.
    case tcp
    /// `conv,udp`: one row per `udp.stream`.
    case udp

    /// The statistic's registered name, `conv,tcp` or `conv,udp`.
    var statisticName: String { "conv,\(rawValue)" }

    /// The protocol's short name as tshark titles the table (`TCP Conversations`).
    var title: String { rawValue.uppercased() }

    /// The protocol whose statistic name begins `argument` (tshark's prefix rule), if any.
    static func named(in argument: String) -> Self? {
        allCases.first { argument.utf8.starts(with: $0.statisticName.utf8) }
    }
}
