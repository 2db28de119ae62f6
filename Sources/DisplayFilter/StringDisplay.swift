/// How Wireshark 4.0 shows string values inside its messages.
enum StringDisplay {
    /// The value cut at its first NUL byte (it is a C string there), raw, as in "cannot be
    /// converted from a string ("…")".
    static func raw(_ value: [UInt8]) -> [UInt8] {
        guard let nul = value.firstIndex(of: 0) else { return value }
        return Array(value[..<nul])
    }

    /// The value in double quotes with `\\`, `\"` and the C escapes `\0 \a \b \f \n \r \t \v`;
    /// other bytes, printable or not, are copied as they are.
    static func quoted(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value {
            if let escape = escapeLetter(byte) {
                out += [UInt8(ascii: "\\"), escape]
            } else {
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// The letter after the backslash for bytes shown as escapes, or nil.
    private static func escapeLetter(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x00: UInt8(ascii: "0")
        case 0x07: UInt8(ascii: "a")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x0B: UInt8(ascii: "v")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        default: nil
        }
    }
}
