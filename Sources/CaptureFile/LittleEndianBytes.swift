extension Array where Element == UInt8 {
    /// Appends `value` in little-endian order: how the capture encoders write every field.
    @inline(__always)
    mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Appends zero bytes up to the next multiple of 4 of `count` (pcapng's padding).
    mutating func padToFourBytes() {
        while count % 4 != 0 { append(0) }
    }
}
