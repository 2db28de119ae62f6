/// The options one command line knows, as ``GetoptScanner`` reads them: tshark's
/// (``OptionTable``) or `swfollow search`'s (``SearchOptionTable``).
protocol GetoptTable {
    /// What the command records about each option (its action, or that it is not implemented).
    associatedtype Meaning: Hashable & Sendable

    /// Whether options may follow operands (GNU permutation: `search PATTERN FILE -i`); without
    /// it options stop at the first operand, as with a leading `+` in getopt's option string.
    static var permutesOperands: Bool { get }

    /// The entry for a short option character, or nil when the command does not know it.
    static func short(_ character: Unicode.Scalar) -> GetoptEntry<Meaning>?

    /// Long options that also match by a unique prefix of their name (`--ver` for `--version`).
    static var long: [(name: String, entry: GetoptEntry<Meaning>)] { get }

    /// Long options that match only when spelled in full, and before any prefix of ``long``.
    static var exactLong: [(name: String, entry: GetoptEntry<Meaning>)] { get }
}

/// One option of a ``GetoptTable``: whether getopt gives it an argument, and what it means.
struct GetoptEntry<Meaning: Hashable & Sendable>: Hashable, Sendable {
    var takesArgument: Bool
    var action: Meaning
}
