/// Views of the bytes libFuzzer hands a target.
package enum FuzzInput {
    /// The input as a buffer (libFuzzer passes nil or a dangling pointer for an empty input).
    package static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeRawBufferPointer {
        size == 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : UnsafeRawBufferPointer(start: data, count: size)
    }

    /// The input cut at its first newline: the text before it as a command-line argument (see
    /// ``argument(_:)``) and the bytes after it (empty when there is no newline).
    package static func line(_ bytes: UnsafeRawBufferPointer) -> (text: String, rest: UnsafeRawBufferPointer) {
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            return (argument(bytes), UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return (
            argument(UnsafeRawBufferPointer(rebasing: bytes[..<newline])),
            UnsafeRawBufferPointer(rebasing: bytes[(newline + 1)...])
        )
    }

    /// What a command-line argument made of `bytes` would hold: the bytes before the first NUL
    /// (a C string ends there), decoded as UTF-8 with invalid sequences repaired, as
    /// `CommandLine.arguments` decodes them.
    package static func argument(_ bytes: UnsafeRawBufferPointer) -> String {
        let end = bytes.firstIndex(of: 0) ?? bytes.count
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
}
