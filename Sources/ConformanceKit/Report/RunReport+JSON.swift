import Foundation

extension RunReport {
    /// The report as pretty-printed JSON with sorted keys (stable for diffs).
    /// - Throws: encoding errors (none expected for this plain data).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
