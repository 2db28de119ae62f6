/// How strictly a subject is graded.
///
/// * **L3**: stdout byte-identical, same exit status, same stderr after canonicalisation.
/// * **L2**: the same records (node and bytes, in order), read from raw-mode output.
/// * **L1**: the same byte stream per direction (records concatenated, missing-data markers left out).
public enum ConformanceLevel: Int, Sendable, Hashable, Codable, Comparable, CaseIterable, CustomStringConvertible {
    /// Per-direction byte streams.
    case l1 = 1
    /// Record sequence.
    case l2 = 2
    /// Byte-identical tshark output.
    case l3 = 3

    /// Parses `L1`, `l2`, `3`, ….
    public init?(name: String) {
        let digits = name.uppercased().hasPrefix("L") ? String(name.dropFirst()) : name
        guard let value = Int(digits), let level = ConformanceLevel(rawValue: value) else { return nil }
        self = level
    }

    public var description: String { "L\(rawValue)" }

    public static func < (lhs: ConformanceLevel, rhs: ConformanceLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
