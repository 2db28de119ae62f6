/// The `data: !!binary |` body of a YAML record (FOLLOW-RULES R2.10): standard base64 with `=`
/// padding, 57 input bytes (76 characters) a line, each line indented 6 spaces and ended by LF.
enum Base64Lines {
    /// Input bytes encoded on one full line.
    static let bytesPerLine = 57
    /// The standard alphabet.
    private static let alphabet: [UInt8] =
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    /// Indent, 76 characters and LF.
    private static let maxLineLength = 6 + 76 + 1

    /// Appends the lines for `bytes` (none for an empty record).
    static func write(bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        alphabet.withUnsafeBufferPointer { alphabet in
            LineStaging.writeLines(of: bytes, bytesPerLine: bytesPerLine, maxLineLength: maxLineLength, to: &out) {
                line, _, target in
                target.initialize(repeating: 0x20, count: 6)
                let end = storeEncoded(line, alphabet: alphabet, at: target + 6)
                end.pointee = 0x0A
                return end + 1
            }
        }
    }

    /// Stores the base64 text of `chunk` at `target`; returns the position after it.
    private static func storeEncoded(
        _ chunk: UnsafeRawBufferPointer, alphabet: UnsafeBufferPointer<UInt8>, at target: UnsafeMutablePointer<UInt8>
    ) -> UnsafeMutablePointer<UInt8> {
        var cursor = target
        var index = 0
        while index < chunk.count {
            let available = Swift.min(3, chunk.count - index)
            let first = UInt32(chunk[index])
            let second = available > 1 ? UInt32(chunk[index + 1]) : 0
            let third = available > 2 ? UInt32(chunk[index + 2]) : 0
            let group = first << 16 | second << 8 | third
            cursor[0] = alphabet[Int(group >> 18)]
            cursor[1] = alphabet[Int((group >> 12) & 0x3F)]
            cursor[2] = available > 1 ? alphabet[Int((group >> 6) & 0x3F)] : 0x3D
            cursor[3] = available > 2 ? alphabet[Int(group & 0x3F)] : 0x3D
            cursor += 4
            index += 3
        }
        return cursor
    }
}
