/// The columns of `-T fields`: the `-e` names, checked as tshark 4.0.17 checks them, and what
/// each column prints.
///
/// Supported names are the non-protocol fields of ``FieldRegistry/standard``, `tcp.flags.str`,
/// and the protocols whose summary ``ProtocolSummary`` can write (`frame`, `eth` with `-n`,
/// `vlan`, `ip`, `ipv6`, `tcp`, `udp`, and the hex-named protocols that never occur). Any other name
/// is reported as tshark reports an unknown field.
package struct FieldColumns: Hashable, Sendable {
    /// What one column prints.
    package enum Content: Hashable, Sendable {
        /// The values of a field, formatted as `-T fields` formats its type.
        case values(FieldID)
        /// `tcp.flags.str`: the 12-character flag string derived from `tcp.flags`.
        case flagString(FieldID)
        /// A protocol's summary line (its tree label).
        case summary(ProtocolSummary)
        /// Nothing: a protocol that never occurs, or an earlier column repeating a name (tshark
        /// fills only the last column of a name).
        case empty
    }

    /// The `-e` names, in order (the header line).
    package let names: [String]
    /// What each column prints.
    package let contents: [Content]
    /// The `-E` settings.
    package let options: FieldOutputOptions

    /// Checks the `-e` names.
    /// - Parameters:
    ///   - resolvesMACNames: whether tshark would resolve MAC addresses (no `-n`, or `-N m`);
    ///     the `eth` summary then needs vendor names swfollow does not have.
    /// - Throws: tshark's `Some fields aren't valid:` with the names tshark does not know, last
    ///   first; then swfollow's own errors: names tshark knows but swfollow does not compute, and
    ///   `eth` with MAC name resolution.
    package init(
        names: [String], options: FieldOutputOptions = FieldOutputOptions(),
        registry: FieldRegistry = .standard, resolvesMACNames: Bool = false
    ) throws(FieldOutputError) {
        var contents: [Content] = []
        var invalid: [String] = []
        var uncomputed: [String] = []
        for name in names {
            guard let content = Self.content(named: name, registry: registry)
            else {
                // tshark takes any name of its registry (aliases excepted) and its column fields.
                if name.hasPrefix("_ws.col.") || TsharkRegistry.field(named: name, followingAliases: false) != nil {
                    uncomputed.append(name)
                } else {
                    invalid.append(name)
                }
                continue
            }
            contents.append(content)
        }
        guard invalid.isEmpty else { throw .invalidFields(invalid) }
        guard uncomputed.isEmpty else { throw .uncomputedFields(uncomputed) }
        if resolvesMACNames, contents.contains(.summary(.ethernet)) { throw .ethernetNeedsVendorNames }
        for (index, name) in names.enumerated() where names[(index + 1)...].contains(name) {
            contents[index] = .empty
        }
        self.names = names
        self.contents = contents
        self.options = options
    }

    /// What the column `name` prints, or nil when swfollow cannot print it.
    private static func content(named name: String, registry: FieldRegistry) -> Content? {
        if name == "tcp.flags.str" { return registry.field(named: "tcp.flags").map { .flagString($0) } }
        guard let field = registry.field(named: name) else { return nil }
        guard registry[field].isProtocol else { return .values(field) }
        if FieldRegistry.hexNamedProtocols.contains(where: { $0.name == name }) { return .empty }
        return ProtocolSummary(protocolName: name).map { .summary($0) }
    }
}
