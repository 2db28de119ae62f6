/// What the evaluator asks a frame for: the values of one field.
///
/// A field occurs 0, 1 or several times in a frame (`tcp.port` twice, `ip.addr` twice, `ip.src`
/// twice in IP-in-IP), so a provider reports a list, in tshark's tree order. The evaluator needs
/// nothing else and allocates nothing to ask.
///
/// Values by field type:
/// - unsigned integers (`frame.number`, `tcp.port`, `ip.proto`, `tcp.flags` …): `.unsigned`
/// - booleans (`tcp.flags.syn` …, `ip.flags.mf`): `.boolean`
/// - `ip.*` addresses: `.ipv4`; `ipv6.*` addresses: `.ipv6`; `eth.*`: `.ether`
/// - `tcp.payload`: `.bytes` (the segment's payload, absent when it is empty); `udp.payload`:
///   `.bytes` (every captured byte after the header, absent when none was captured)
/// - `frame.time_epoch`: `.relativeTime` (seconds and nanoseconds since the epoch)
/// - protocols (`frame`, `eth`, `vlan`, `ip`, `ipv6`, `tcp`, `udp`): `.protocolLayer`, one per
///   occurrence (a QinQ frame has two `vlan`s): the protocol's bytes and its header length.
///   tshark compares, slices and measures (`len`) the header only, but `contains`/`matches`
///   search all the bytes, which run from the first header byte to the end of the protocol's
///   data: the end of the captured frame for `frame`, `eth` and `vlan` (`frame`'s "header" is
///   the whole frame), the end of the IP datagram (`ip.len`, or 40 + payload length for IPv6;
///   Ethernet padding excluded) for `ip`, `ipv6`, `tcp` and `udp`. For a reassembled datagram, the
///   reassembled bytes.
package protocol FieldProvider {
    /// Calls `body` with each value of `field` in this frame, in order, until it returns false.
    ///
    /// - Parameters:
    ///   - field: the field (see `FieldRegistry.standard`).
    ///   - body: receives the value and its layer: 1 for the outermost occurrence of the field's
    ///     protocol, 2 for the next (tunnels), as tshark's `field#n` counts them. Byte buffers in
    ///     the value need to stay valid only during the call.
    func forEachValue(of field: FieldID, _ body: (FieldValue, _ layer: Int) -> Bool)
}

/// One value of a field in one frame.
package enum FieldValue {
    case unsigned(UInt32)
    case boolean(Bool)
    /// An IPv4 address, most significant byte first.
    case ipv4(UInt32)
    /// An IPv6 address: bytes 0–7 and 8–15 as big-endian integers.
    case ipv6(high: UInt64, low: UInt64)
    /// A MAC address in the low 48 bits, first byte most significant.
    case ether(UInt64)
    case bytes(UnsafeRawBufferPointer)
    /// A protocol: bytes from its header to the end of the frame, and the header length.
    case protocolLayer(UnsafeRawBufferPointer, headerLength: Int)
    /// A time: whole seconds and nanoseconds (same sign as the seconds).
    case relativeTime(seconds: Int64, nanoseconds: Int32)
}
