import DisplayFilter

/// A comparable rendering of the values a ``FieldProvider`` gives for one field: value and layer,
/// protocols as their hex bytes and header length.
enum FieldValueText {
    /// Every value of `field` in `frame`, rendered.
    static func values(of field: FieldID, in frame: some FieldProvider) -> [String] {
        var texts: [String] = []
        frame.forEachValue(of: field) { value, layer in
            texts.append("\(render(value)) #\(layer)")
            return true
        }
        return texts
    }

    private static func render(_ value: FieldValue) -> String {
        switch value {
        case .unsigned(let number): "\(number)"
        case .boolean(let flag): flag ? "true" : "false"
        case .ipv4(let address): "ipv4 " + hex(address)
        case .ipv6(let high, let low): "ipv6 " + hex(high) + hex(low)
        case .ether(let address): "ether " + hex(address)
        case .bytes(let bytes): "bytes " + hex(bytes)
        case .protocolLayer(let bytes, let header): "protocol \(hex(bytes)) header \(header)"
        case .relativeTime(let seconds, let nanoseconds): "time \(seconds) s \(nanoseconds) ns"
        }
    }

    private static func hex(_ value: some FixedWidthInteger) -> String {
        String(value, radix: 16)
    }

    private static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
