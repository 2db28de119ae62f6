/// A TCP header to emit (RFC 9293 §3.1), with every field settable so cases can be odd on purpose.
///
/// ```
///  0               16              31
/// +---------------+---------------+
/// | source port   | dest port     |
/// | sequence number               |
/// | acknowledgment number         |
/// |off|rsv|flags  | window        |
/// | checksum      | urgent ptr    |
/// | options… (padded to 32 bits)  |
/// +---------------+---------------+
/// ```
struct TCPHeader {
    var sourcePort: UInt16
    var destinationPort: UInt16
    var sequence: UInt32
    var acknowledgment: UInt32
    /// FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, URG 0x20, ECE 0x40, CWR 0x80.
    var flags: UInt8
    var window: UInt16 = 65535
    var urgentPointer: UInt16 = 0
    /// Raw option bytes; padded with zeros (EOL) to a multiple of 4.
    var options: [UInt8] = []
    /// A checksum to write instead of the correct one (bad-checksum cases).
    var checksumOverride: UInt16?

    /// Parses flag letters: `F S R P A U E C` (any order), e.g. `"SA"`, `"PA"`, `"FA"`.
    static func flags(_ letters: String) -> UInt8 {
        let bits: [Character: UInt8] = [
            "F": 0x01, "S": 0x02, "R": 0x04, "P": 0x08, "A": 0x10, "U": 0x20, "E": 0x40, "C": 0x80,
        ]
        return letters.reduce(0) { $0 | (bits[$1] ?? 0) }
    }

    /// The header and payload, with the checksum over `pseudoHeader` + segment.
    func emit(payload: [UInt8], pseudoHeader: (_ tcpLength: Int) -> [UInt8]) -> [UInt8] {
        var optionBytes = options
        while optionBytes.count % 4 != 0 { optionBytes.append(0) }
        var out: [UInt8] = []
        out.appendBE(sourcePort)
        out.appendBE(destinationPort)
        out.appendBE(sequence)
        out.appendBE(acknowledgment)
        out.append(UInt8((20 + optionBytes.count) / 4) << 4)
        out.append(flags)
        out.appendBE(window)
        out.appendBE(UInt16(0))
        out.appendBE(urgentPointer)
        out += optionBytes
        out += payload
        let checksum = checksumOverride ?? InternetChecksum.compute(pseudoHeader(out.count), out)
        out.storeBE(checksum, at: 16)
        return out
    }
}
