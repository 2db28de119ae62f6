/// The `-N` flags tshark 4.0.17 accepts. They never change follow output (FOLLOW-RULES R2.3), so
/// swfollow only validates them.
enum NameResolutionFlags {
    /// The valid flag characters.
    private static let valid: Set<Unicode.Scalar> = ["d", "m", "n", "N", "t", "v"]

    /// Checks every character of a `-N` argument (an empty argument is valid).
    /// - Throws: tshark's message naming the first unknown character, with its list of flags.
    static func validate(_ argument: String) throws(CommandLineError) {
        guard let bad = argument.unicodeScalars.first(where: { !valid.contains($0) }) else { return }
        throw CommandLineError(
            """
            -N specifies unknown resolving option '\(bad)'; valid options are:
            \t'd' to enable address resolution from captured DNS packets
            \t'm' to enable MAC address resolution
            \t'n' to enable network address resolution
            \t'N' to enable using external resolvers (e.g., DNS)
            \t    for network address resolution
            \t't' to enable transport-layer port number resolution
            \t'v' to enable VLAN IDs to names resolution
            """
        )
    }
}
