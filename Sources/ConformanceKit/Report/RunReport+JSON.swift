import Foundation

extension RunReport {
    /// The report as pretty-printed JSON with sorted keys and a final newline (stable for diffs).
    /// - Throws: encoding errors (none expected for this plain data).
    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }
}
