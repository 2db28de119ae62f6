/// Byte-to-byte lookup tables shared by the formatters, built once (immutable, so `Sendable`).
enum ByteTables {
    /// ascii mode (R2.6): LF, CR and 0x20–0x7E unchanged, every other byte `.`.
    static let asciiText: [UInt8] = (0...255).map { byte in
        byte == 0x0A || byte == 0x0D || (0x20...0x7E).contains(byte) ? UInt8(byte) : 0x2E
    }

    /// ebcdic mode (R2.7): the ascii mapping followed by tshark's EBCDIC→ASCII table.
    static let ebcdicText: [UInt8] = asciiText.map(EBCDICTable.toASCII)

    /// The ASCII column of hex mode (R2.8): 0x20–0x7E unchanged, every other byte (LF and CR too) `.`.
    static let hexDumpText: [UInt8] = (0...255).map { byte in
        (0x20...0x7E).contains(byte) ? UInt8(byte) : 0x2E
    }

    /// `0`–`9`, `a`–`f`: the byte digits of hex and raw mode.
    static let lowerHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `0`–`9`, `A`–`F`: the `%08X` offsets of hex mode.
    static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
