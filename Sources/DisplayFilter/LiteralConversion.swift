/// Turns literal operands into values of a field's type, with tshark 4.0's error messages
/// (`fvalue_from_literal`, `fvalue_from_string`, `fvalue_from_charconst` and value names).
struct LiteralConversion {
    /// The type wanted.
    let type: FieldType
    /// The field whose value names apply (only when the left side is a field), and its name.
    let namedField: FieldDefinition?
    /// `contains` accepts partial Ethernet addresses.
    let allowPartial: Bool
    /// For a wider unsigned tshark type checked as `.uint32` (`FT_UINT24`, `FT_UINT64`, …): its
    /// maximum and pretty name, which the messages show.
    var widerUnsigned: (maximum: UInt64, prettyName: String)? = nil

    /// The pretty name messages show.
    private var prettyName: String { widerUnsigned?.prettyName ?? type.prettyName }

    /// A word or literal token's text.
    func fromLiteral(_ text: [UInt8], at range: SourceRange) throws(FilterDiagnostic) -> Value {
        switch literalValue(text) {
        case .success(let value):
            return value
        case .failure(let message):
            if let named = try valueNamed(text, at: range) { return named }
            throw FilterDiagnostic(bytes: Array(message.utf8), at: range)
        }
    }

    /// A double-quoted string's decoded bytes.
    func fromString(_ value: [UInt8], at range: SourceRange) throws(FilterDiagnostic) -> Value {
        switch type {
        case .bytes, .protocolLayer:
            return .ownedBytes(value)
        default:
            if let named = try valueNamed(StringDisplay.raw(value), at: range) { return named }
            let message =
                Array("\(prettyName) cannot be converted from a string (\"".utf8)
                + StringDisplay.raw(value) + Array("\").".utf8)
            throw FilterDiagnostic(bytes: message, at: range)
        }
    }

    /// A character constant's value.
    func fromCharConstant(_ value: UInt64, at range: SourceRange) throws(FilterDiagnostic) -> Value {
        switch type {
        case .uint8, .uint16, .uint32, .int32: return .unsigned(UInt32(truncatingIfNeeded: value))
        case .boolean: return .boolean(value)
        case .bytes, .protocolLayer: return .ownedBytes([UInt8(truncatingIfNeeded: value)])
        default:
            let byte = UInt8(truncatingIfNeeded: value)
            let shown =
                value < 0x80 && ASCII.isPrintable(byte)
                ? "'\(Character(Unicode.Scalar(byte)))' (0x\(String(value, radix: 16)))"
                : "0x\(String(value, radix: 16))"
            throw FilterDiagnostic("Character constant \(shown) cannot be converted to \(type.prettyName).", at: range)
        }
    }

    // MARK: - Literals by type

    private func literalValue(_ text: [UInt8]) -> Result<Value, Message> {
        let quoted = "\"" + String(decoding: text, as: UTF8.self) + "\""
        switch type {
        case .uint8, .uint16, .uint32, .int32:
            return integer(text, quoted: quoted, maximum: widerUnsigned?.maximum ?? type.maximum ?? UInt64(UInt32.max))
        case .boolean:
            if text.elementsEqual("True".utf8) || text.elementsEqual("TRUE".utf8) { return .success(.boolean(1)) }
            if text.elementsEqual("False".utf8) || text.elementsEqual("FALSE".utf8) { return .success(.boolean(0)) }
            return integer(text, quoted: quoted, maximum: UInt64.max).map { .boolean($0.unsignedValue ?? 0) }
        case .ipv4:
            return ipv4(text)
        case .ipv6:
            return ipv6(text)
        case .ether:
            return ether(text, quoted: quoted)
        case .bytes, .protocolLayer:
            return byteString(text).map { .ownedBytes($0) }
        case .relativeTime:
            guard let time = TimeLiteral.parse(text) else { return .failure(Message("\(quoted) is not a valid time.")) }
            return .success(.relativeTime(seconds: time.seconds, nanoseconds: time.nanoseconds))
        }
    }

    /// `binary_strtoul`: `0b…` binary, else C base 0; then the field's maximum.
    ///
    /// Like C, a bare `0b` reads as 0 (`strtoul` of nothing stops where it started, which is not
    /// the start of the text).
    private func integer(_ text: [UInt8], quoted: String, maximum: UInt64) -> Result<Value, Message> {
        let binary = text.count >= 2 && text[0] == UInt8(ascii: "0") && text[1] | 0x20 == UInt8(ascii: "b")
        let start = binary ? 2 : 0
        let parsed = CLiteralParsing.strtoul(text, from: start, base: binary ? 2 : 0)
        guard parsed.end == text.count, binary || parsed.end > start else {
            return .failure(Message("\(quoted) is not a valid number."))
        }
        if parsed.overflow { return .failure(Message("\(quoted) causes an integer overflow.")) }
        guard parsed.value <= maximum else {
            return .failure(Message("\(quoted) too big for this field, maximum \(maximum)."))
        }
        return .success(.unsigned(UInt32(truncatingIfNeeded: parsed.value)))
    }

    private func ipv4(_ text: [UInt8]) -> Result<Value, Message> {
        let (address, prefix) = splitPrefix(text)
        guard let value = IPv4Text.parse(address[...]) else {
            return .failure(
                Message("\"\(String(decoding: address, as: UTF8.self))\" is not a valid hostname or IPv4 address."))
        }
        guard let prefix else { return .success(.ipv4(value, prefix: 32)) }
        guard prefix <= 32 else {
            return .failure(Message("Netmask bits in a CIDR IPv4 address should be <= 32, not \(prefix)"))
        }
        return .success(.ipv4(value, prefix: prefix))
    }

    private func ipv6(_ text: [UInt8]) -> Result<Value, Message> {
        let (address, prefix) = splitPrefix(text)
        guard let bytes = IPv6Text.parse(address[...]) else {
            return .failure(
                Message("\"\(String(decoding: address, as: UTF8.self))\" is not a valid hostname or IPv6 address."))
        }
        let high = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard let prefix else { return .success(.ipv6(high: high, low: low, prefix: 128)) }
        guard prefix <= 128 else {
            return .failure(Message("Prefix in a IPv6 address should be <= 128, not \(prefix)"))
        }
        return .success(.ipv6(high: high, low: low, prefix: prefix))
    }

    /// The address text and the number after its `/`, if any.
    private func splitPrefix(_ text: [UInt8]) -> ([UInt8], Int?) {
        guard let slash = text.firstIndex(of: UInt8(ascii: "/")) else { return (text, nil) }
        let digits = text[(slash + 1)...]
        let prefix =
            digits.allSatisfy(ASCII.isDigit) && !digits.isEmpty
            ? digits.reduce(0) { Swift.min($0 * 10 + Int($1 - 0x30), 100_000) } : 100_000
        return (Array(text[..<slash]), prefix)
    }

    private func ether(_ text: [UInt8], quoted: String) -> Result<Value, Message> {
        guard case .success(let bytes) = byteString(text) else {
            return .failure(Message("\(quoted) is not a valid Ethernet address."))
        }
        if allowPartial { return .success(.ownedBytes(bytes)) }
        if bytes.count > 6 {
            return .failure(Message("\(quoted) contains too many bytes to be a valid Ethernet address."))
        }
        if bytes.count < 6 {
            return .failure(Message("\(quoted) contains too few bytes to be a valid Ethernet address."))
        }
        return .success(.ether(bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }))
    }

    /// `bytes_from_literal`: an optional leading `:`, a lone `0xHH`, or a hex string.
    private func byteString(_ text: [UInt8]) -> Result<[UInt8], Message> {
        var digits = text[...]
        if digits.first == UInt8(ascii: ":") { digits = digits.dropFirst() }
        if digits.count == 4, digits.first == UInt8(ascii: "0"),
            digits.dropFirst().first.map({ $0 | 0x20 }) == UInt8(ascii: "x")
        {
            digits = digits.dropFirst(2)
        }
        guard let bytes = CLiteralParsing.hexBytes(digits) else {
            let shown = text.first == UInt8(ascii: ":") ? text.dropFirst() : text[...]
            return .failure(Message("\"\(String(decoding: shown, as: UTF8.self))\" is not a valid byte string."))
        }
        return .success(bytes)
    }

    /// The value `name` stands for when the left field has value names (booleans always do,
    /// "True"/"False" by default): nil when it has none, tshark's error when `name` is unknown.
    private func valueNamed(_ name: [UInt8], at range: SourceRange) throws(FilterDiagnostic) -> Value? {
        guard let named = namedField, named.type == .boolean || named.valueNames != .none else { return nil }
        let names = named.valueNames == .none ? ValueNames.trueFalse("True", "False") : named.valueNames
        guard let number = names.value(named: name) else { throw notAmongValues(name, range) }
        return type == .boolean ? .boolean(number) : .unsigned(UInt32(truncatingIfNeeded: number))
    }

    /// "… cannot be found among the possible values for FIELD.", which tshark prefers when the
    /// field has value names.
    private func notAmongValues(_ text: [UInt8], _ range: SourceRange) -> FilterDiagnostic {
        let message =
            [0x22] + text + Array("\" cannot be found among the possible values for \(namedField?.name ?? "").".utf8)
        return FilterDiagnostic(bytes: message, at: range)
    }

    /// A conversion failure's text (a `Result` failure needs an `Error`).
    struct Message: Error {
        let text: String
        init(_ text: String) { self.text = text }
        var utf8: String.UTF8View { text.utf8 }
    }
}
