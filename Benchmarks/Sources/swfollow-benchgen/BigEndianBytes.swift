extension Array where Element == UInt8 {
    /// Appends `value` in network byte order (2 bytes).
    mutating func appendBigEndian(_ value: UInt16) {
        self += [UInt8(value >> 8), UInt8(value & 0xFF)]
    }

    /// Appends `value` in network byte order (4 bytes).
    mutating func appendBigEndian(_ value: UInt32) {
        appendBigEndian(UInt16(value >> 16))
        appendBigEndian(UInt16(value & 0xFFFF))
    }
}
