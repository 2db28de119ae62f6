/// A UDP header to emit (RFC 768), with the length and checksum settable so cases can be odd on purpose.
///
/// ```
///  0               16              31
/// +---------------+---------------+
/// | source port   | dest port     |
/// | length        | checksum      |
/// | payload…                      |
/// +---------------+---------------+
/// ```
struct UDPHeader {
    var sourcePort: UInt16
    var destinationPort: UInt16
    /// A length to write instead of 8 + the payload's length.
    var lengthOverride: UInt16?
    /// A checksum to write instead of the correct one (0: "no checksum").
    var checksumOverride: UInt16?

    /// The header and payload, with the checksum over `pseudoHeader(real length)` + datagram;
    /// a computed checksum of 0 is sent as 0xFFFF, as RFC 768 asks.
    func emit(payload: [UInt8], pseudoHeader: (_ udpLength: Int) -> [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.appendBE(sourcePort)
        out.appendBE(destinationPort)
        out.appendBE(lengthOverride ?? UInt16(8 + payload.count))
        out.appendBE(UInt16(0))
        out += payload
        if let checksumOverride {
            out.storeBE(checksumOverride, at: 6)
        } else {
            let checksum = InternetChecksum.compute(pseudoHeader(out.count), out)
            out.storeBE(checksum == 0 ? 0xFFFF : checksum, at: 6)
        }
        return out
    }
}
