import DisplayFilter

/// A `-z conv,tcp[,FILTER]` or `-z conv,udp[,FILTER]` argument: tshark's TCP or UDP
/// conversation table.
///
/// tshark takes the text after `conv,tcp,` (`conv,udp,`) as the table's display filter, even
/// when it is empty (the table then says `Filter:` with nothing after it, and counts every
/// frame). Any other text that passed the option-time prefix check (`conv,tcp`, `conv,tcpx`,
/// `conv,tcpx,tcp`) means no filter at all (`Filter:<No Filter>`).
package struct ConversationRequest: Hashable, Sendable {
    /// The protocol whose conversations the table counts.
    package var transport: ConversationProtocol
    /// The filter text after `conv,tcp,` or `conv,udp,`, or nil when the argument has none.
    package var filter: String?

    /// Reads an argument that ``StatisticArgument`` classified as a conversation table, so that
    /// it begins with `conv,tcp` or `conv,udp` (anything else is read as a TCP table).
    package init(_ argument: String) {
        transport = ConversationProtocol.named(in: argument) ?? .tcp
        let prefix = transport.statisticName + ","
        filter = argument.hasPrefix(prefix) ? String(argument.dropFirst(prefix.count)) : nil
    }

    /// Whether the table selects frames with a display filter (a non-empty filter text).
    package var hasFilter: Bool {
        !(filter ?? "").isEmpty
    }

    /// The table's compiled filter (nil without one), checked when the table is registered, after
    /// the capture is opened, as tshark does.
    /// - Throws: tshark's `Couldn't register conversations tap: Filter "X" is invalid - …`, exit 1.
    func compiledFilter() throws(CommandLineError) -> DisplayFilter? {
        guard let filter, hasFilter else { return nil }
        do {
            return try DisplayFilter(compiling: filter)
        } catch {
            throw CommandLineError(
                "Couldn't register conversations tap: Filter \"\(filter)\" is invalid - \(error.message)")
        }
    }
}
