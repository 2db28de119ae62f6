/// One JSON object built key by key as UTF-8 bytes, for `index.jsonl`. Its strings are the
/// export's own (paths it named, addresses, fixed words), but quotes, backslashes and control
/// characters are escaped all the same.
struct ExportJSONLine {
    /// `{"key":value,…` so far: the object without its closing brace.
    private var bytes: [UInt8]

    init() {
        bytes = [0x7B]
        bytes.reserveCapacity(512)
    }

    /// `{"key":value,…}` in the order the keys were added.
    var utf8: [UInt8] { bytes + [0x7D] }

    mutating func add(_ key: String, string: String) {
        member(key)
        quote(string)
    }

    mutating func add(_ key: String, number: UInt64) {
        member(key)
        Self.append(number, to: &bytes)
    }

    /// Adds a value already written as JSON (a number with a fraction, say).
    mutating func add(_ key: String, raw: [UInt8]) {
        member(key)
        bytes += raw
    }

    mutating func add(_ key: String, numbers: [UInt64]) {
        member(key)
        list(numbers) { line, number in Self.append(number, to: &line.bytes) }
    }

    mutating func add(_ key: String, strings: [String]) {
        member(key)
        list(strings) { line, string in line.quote(string) }
    }

    mutating func add(_ key: String, objects: [ExportJSONLine]) {
        member(key)
        list(objects) { line, object in
            line.bytes += object.bytes
            line.bytes.append(0x7D)
        }
    }

    /// Appends the decimal digits of `number` to `bytes`.
    static func append(_ number: UInt64, to bytes: inout [UInt8]) {
        var digits: (UInt64, Int) = (1, 1)
        while digits.0 <= number / 10 { digits = (digits.0 * 10, digits.1 + 1) }
        var rest = number
        var unit = digits.0
        for _ in 0..<digits.1 {
            bytes.append(0x30 + UInt8(rest / unit))
            rest %= unit
            unit /= 10
        }
    }

    /// `"key":`, after a comma unless it is the first member.
    private mutating func member(_ key: String) {
        if bytes.count > 1 { bytes.append(0x2C) }
        quote(key)
        bytes.append(0x3A)
    }

    /// `[a,b,…]`, each element written by `write`.
    private mutating func list<Element>(_ elements: [Element], _ write: (inout Self, Element) -> Void) {
        bytes.append(0x5B)
        for (offset, element) in elements.enumerated() {
            if offset > 0 { bytes.append(0x2C) }
            write(&self, element)
        }
        bytes.append(0x5D)
    }

    /// A JSON string literal of `text`.
    private mutating func quote(_ text: String) {
        var text = text
        text.withUTF8 { quote(utf8: $0) }
    }

    /// A JSON string literal of the UTF-8 bytes `text`, copied whole when nothing needs escaping.
    private mutating func quote(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        defer { bytes.append(0x22) }
        guard text.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            bytes += text
            return
        }
        for byte in text {
            switch byte {
            case 0x22, 0x5C: bytes += [0x5C, byte]
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
    }
}
