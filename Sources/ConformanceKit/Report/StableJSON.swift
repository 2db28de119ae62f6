import Foundation

/// The one JSON style the kit writes: pretty-printed, sorted keys, unescaped slashes (stable diffs).
public enum StableJSON {
    /// Encodes `value` in the kit's style, followed by a newline.
    /// - Throws: encoding errors.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
