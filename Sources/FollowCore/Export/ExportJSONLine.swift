/// One JSON object built key by key, for `index.jsonl`. Its strings are the export's own (paths it
/// named, addresses, fixed words), but quotes, backslashes and control characters are escaped all
/// the same.
struct ExportJSONLine {
    private var members: [String] = []

    /// `{"key":value,…}` in the order the keys were added.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    mutating func add(_ key: String, string: String) {
        members.append(Self.quoted(key) + ":" + Self.quoted(string))
    }

    mutating func add(_ key: String, number: UInt64) {
        members.append(Self.quoted(key) + ":" + String(number))
    }

    mutating func add(_ key: String, numbers: [UInt64]) {
        members.append(Self.quoted(key) + ":[" + numbers.map { String($0) }.joined(separator: ",") + "]")
    }

    mutating func add(_ key: String, strings: [String]) {
        members.append(Self.quoted(key) + ":[" + strings.map(Self.quoted).joined(separator: ",") + "]")
    }

    mutating func add(_ key: String, objects: [ExportJSONLine]) {
        members.append(Self.quoted(key) + ":[" + objects.map(\.text).joined(separator: ",") + "]")
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
