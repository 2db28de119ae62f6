/// A typed value inside the evaluator: a frame's field value, a literal, or a computed value.
///
/// Byte values either borrow a frame's buffer (valid during one evaluation) or own an array
/// (literals, concatenated slices); borrowing is the per-packet path and allocates nothing.
package enum Value {
    case unsigned(UInt32)
    /// A negative arithmetic result (Wireshark's `FT_INT32`).
    case signed(Int32)
    /// Nonzero is true; literals keep the number written (`tcp.flags.syn == 2`).
    case boolean(UInt64)
    /// Address and prefix length (32 for field values).
    case ipv4(UInt32, prefix: Int)
    case ipv6(high: UInt64, low: UInt64, prefix: Int)
    case ether(UInt64)
    case bytes(UnsafeRawBufferPointer)
    case ownedBytes([UInt8])
    case protocolLayer(UnsafeRawBufferPointer, headerLength: Int)
    case relativeTime(seconds: Int64, nanoseconds: Int32)

    init(_ field: FieldValue) {
        switch field {
        case .unsigned(let value): self = .unsigned(value)
        case .boolean(let value): self = .boolean(value ? 1 : 0)
        case .ipv4(let address): self = .ipv4(address, prefix: 32)
        case .ipv6(let high, let low): self = .ipv6(high: high, low: low, prefix: 128)
        case .ether(let address): self = .ether(address & 0xFFFF_FFFF_FFFF)
        case .bytes(let buffer): self = .bytes(buffer)
        case .protocolLayer(let buffer, let header):
            self = .protocolLayer(buffer, headerLength: Swift.max(0, Swift.min(header, buffer.count)))
        case .relativeTime(let seconds, let nanoseconds):
            self = .relativeTime(seconds: seconds, nanoseconds: nanoseconds)
        }
    }

    /// Calls `body` with the value's bytes as tshark slices and compares them: network order for
    /// addresses, the header for protocols; nil for types that have no byte form.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        switch self {
        case .bytes(let buffer): return body(buffer)
        case .ownedBytes(let array): return array.withUnsafeBytes(body)
        case .protocolLayer(let buffer, let header):
            // `init(_:)` clamps the header length; a value built another way is clamped here, so a
            // header length from a packet never makes a range outside its buffer.
            return body(UnsafeRawBufferPointer(rebasing: buffer[0..<Swift.min(Swift.max(header, 0), buffer.count)]))
        case .ipv4(let address, _): return withUnsafeBytes(of: address.bigEndian, body)
        case .ipv6(let high, let low, _): return withUnsafeBytes(of: (high.bigEndian, low.bigEndian), body)
        case .ether(let address):
            return withUnsafeBytes(of: (address << 16).bigEndian) { body(UnsafeRawBufferPointer(rebasing: $0[0..<6])) }
        case .unsigned, .signed, .boolean, .relativeTime: return nil
        }
    }

    /// Calls `body` with every byte `contains` and `matches` search: for protocols, everything
    /// from the header to the end of the frame.
    func withSearchableBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        if case .protocolLayer(let buffer, _) = self { return body(buffer) }
        return withBytes(body)
    }

    /// The value as tshark's `fvalue_to_uinteger64`: nil for negative numbers and non-integers.
    var unsignedValue: UInt64? {
        switch self {
        case .unsigned(let value): UInt64(value)
        case .signed(let value): value < 0 ? nil : UInt64(value)
        case .boolean(let value): value
        default: nil
        }
    }

    /// The value as tshark's `fvalue_to_sinteger64`, or nil for non-integers.
    var signedValue: Int64? {
        switch self {
        case .unsigned(let value): Int64(value)
        case .signed(let value): Int64(value)
        case .boolean(let value): value > UInt64(Int64.max) ? nil : Int64(value)
        default: nil
        }
    }
}
