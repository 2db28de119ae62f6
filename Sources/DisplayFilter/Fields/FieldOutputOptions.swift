/// The `-E` settings of `-T fields`, as tshark 4.0.17 reads them.
///
/// Each `-E name=value` is checked when the option is read; only the first byte of the value
/// counts (`header=yes` is `header=y`, `separator=ab` is `a`). tshark 4.0 has no `escape`
/// option: it rejects it like any unknown name.
package struct FieldOutputOptions: Hashable, Sendable {
    /// Which occurrences of a field a column shows.
    package enum Occurrence: Hashable, Sendable {
        case first, last, all
    }

    /// `header=y`: a first line with the field names.
    package var header = false
    /// `separator=`: the byte between columns (tab by default).
    package var separator: UInt8 = 0x09
    /// `occurrence=`.
    package var occurrence = Occurrence.all
    /// `aggregator=`: the byte between the occurrences of one field (comma by default).
    package var aggregator: UInt8 = 0x2C
    /// `quote=d` or `quote=s`: the byte around non-empty values; nil for `quote=n`.
    package var quote: UInt8?
    /// `bom=y`: the UTF-8 byte order mark before everything else.
    package var byteOrderMark = false

    package init() {}

    /// Applies one `-E` argument.
    /// - Throws: tshark's `"NAME" is not a valid field output option=value pair.` and its list
    ///   of options, where NAME is the argument up to the `=` that ends the option name.
    package mutating func apply(_ argument: String) throws(FieldOutputError) {
        let bytes = Array(argument.utf8)
        // tshark splits with strtok(…, "="): leading '='s are skipped, the name ends at the next '='.
        let nameStart = bytes.firstIndex { $0 != 0x3D } ?? bytes.endIndex
        let nameEnd = bytes[nameStart...].firstIndex(of: 0x3D) ?? bytes.endIndex
        let shown = String(decoding: bytes[..<nameEnd], as: UTF8.self)
        let invalid = FieldOutputError.invalidOption(shown)
        // strtok ends the name with a NUL; the value is read at name length + 1 from the start
        // of the argument, whatever the '='s before the name.
        var buffer = bytes + [0, 0]
        buffer[nameEnd] = 0
        let valueIndex = nameEnd - nameStart + 1
        guard nameStart < nameEnd, buffer[valueIndex] != 0 else { throw invalid }
        let value = buffer[valueIndex]
        let next = buffer[valueIndex + 1]
        switch String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self) {
        case "header":
            header = try Self.yesNo(value, invalid)
        case "bom":
            byteOrderMark = try Self.yesNo(value, invalid)
        case "separator":
            separator = value != 0x2F ? value : next == 0x74 ? 0x09 : next == 0x73 ? 0x20 : 0x5C
        case "aggregator":
            aggregator = value != 0x2F ? value : next == 0x73 ? 0x20 : 0x5C
        case "occurrence":
            switch value {
            case 0x66: occurrence = .first
            case 0x6C: occurrence = .last
            case 0x61: occurrence = .all
            default: throw invalid
            }
        case "quote":
            switch value {
            case 0x64: quote = 0x22
            case 0x73: quote = 0x27
            case 0x6E: quote = nil
            default:
                quote = nil
                throw invalid
            }
        default:
            throw invalid
        }
    }

    /// `y` or `n` (lower case only).
    private static func yesNo(_ value: UInt8, _ invalid: FieldOutputError) throws(FieldOutputError) -> Bool {
        switch value {
        case 0x79: return true
        case 0x6E: return false
        default: throw invalid
        }
    }
}
