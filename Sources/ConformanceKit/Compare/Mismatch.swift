/// The first difference between a golden and a subject's output, as the report shows it.
public struct Mismatch: Sendable, Hashable, Codable {
    /// What differs: `exit status`, `stdout`, `stderr`, `node lines`, `record 3`, `stream from 10.0.0.1:40000`.
    public var aspect: String
    /// A one-line explanation (`expected 0, got 2`, `first difference at byte 0x3c`).
    public var detail: String
    /// The first differing byte offset, when bytes were compared.
    public var offset: Int?
    /// The golden's bytes around `offset`.
    public var expected: HexWindow?
    /// The subject's bytes around `offset`.
    public var actual: HexWindow?

    /// Creates a mismatch without byte windows.
    public init(aspect: String, detail: String) {
        self.aspect = aspect
        self.detail = detail
    }

    /// Compares two byte strings and describes their first difference.
    /// - Returns: `nil` when they are equal.
    public static func bytes(_ aspect: String, expected: [UInt8], actual: [UInt8]) -> Mismatch? {
        guard let offset = firstDifference(expected, actual) else { return nil }
        var mismatch = Mismatch(
            aspect: aspect,
            detail:
                "first difference at byte \(offset) (0x\(String(offset, radix: 16))); expected \(expected.count) bytes, got \(actual.count)"
        )
        mismatch.offset = offset
        mismatch.expected = HexWindow(expected, around: offset)
        mismatch.actual = HexWindow(actual, around: offset)
        return mismatch
    }

    /// The index of the first byte that differs, or the shorter length if one is a prefix of the other.
    public static func firstDifference(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int? {
        let common = min(lhs.count, rhs.count)
        for index in 0..<common where lhs[index] != rhs[index] {
            return index
        }
        return lhs.count == rhs.count ? nil : common
    }
}
