/// tshark's display-filter macro pass, which runs before scanning: `${name}` and
/// `${name:arguments}` are macro calls. swfollow has no macros, so every call is an error,
/// except `${field}` for a field that is neither a protocol nor a label (`FT_NONE`), which
/// tshark keeps as a field reference, but only when no `#` follows anywhere in the filter
/// (tshark 4.0.17 then reports a macro error, presumably looking for a `${field#layer}`
/// reference).
enum MacroExpansion {
    /// Checks every `${…}` in `filter`.
    ///
    /// - Throws: tshark's messages (without a caret): "end of filter in the middle of a macro
    ///   expression", "invalid character in macro name", "macro 'NAME' does not exist".
    static func check(_ filter: [UInt8], fields: FieldRegistry) throws(FilterDiagnostic) {
        var at = 0
        while at + 1 < filter.count {
            guard filter[at] == UInt8(ascii: "$"), filter[at + 1] == UInt8(ascii: "{") else {
                at += 1
                continue
            }
            var end = at + 2
            while end < filter.count, isNameByte(filter[end]) {
                end += 1
            }
            let name = String(decoding: filter[(at + 2)..<end], as: UTF8.self)
            guard end < filter.count else {
                throw FilterDiagnostic("end of filter in the middle of a macro expression")
            }
            switch filter[end] {
            case UInt8(ascii: "}"):
                let isField =
                    fields.field(named: name).map { !fields[$0].isProtocol }
                    ?? TsharkRegistry.field(named: name).map { !$0.isProtocol && $0.type.name != "FT_NONE" } ?? false
                if isField, !filter[(at + 2)...].contains(UInt8(ascii: "#")) {
                    at = end + 1
                    continue
                }
                throw FilterDiagnostic("macro '\(name)' does not exist")
            case UInt8(ascii: ":"):
                guard filter[end...].contains(UInt8(ascii: "}")) else {
                    throw FilterDiagnostic("end of filter in the middle of a macro expression")
                }
                throw FilterDiagnostic("macro '\(name)' does not exist")
            default:
                throw FilterDiagnostic("invalid character in macro name")
            }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-")
    }
}
