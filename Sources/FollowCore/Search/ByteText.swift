import PacketDecoding

/// How search output writes bytes and numbers as text.
enum ByteText {
    /// Appends `bytes` with everything outside printable ASCII escaped C-style (`\n`, `\r`,
    /// `\t`, `\0`, `\\`, `\xNN`), so a line stays one line and binary data stays readable.
    static func writeEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00: out += [0x5C, 0x30]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x20...0x7E: out.append(byte)
            default: out += [0x5C, 0x78, hexDigit(byte >> 4), hexDigit(byte & 0xF)]
            }
        }
    }

    /// Appends `bytes` as a JSON string, each byte one character U+0000–U+00FF (so the bytes are
    /// exactly recoverable, e.g. Python's `s.encode("latin-1")`).
    static func writeJSONString(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.append(0x22)
        for byte in bytes {
            switch byte {
            case 0x22, 0x5C: out += [0x5C, byte]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x20...0x7E: out.append(byte)
            default: out += [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)]
            }
        }
        out.append(0x22)
    }

    /// The exact capture time as `seconds.nanoseconds` (9 digits), never rounded. A damaged pcap
    /// record can hold a microsecond count of a second or more, which tshark reads as a C `int`
    /// (``Timestamp/tsharkNanoseconds``): the time it then stands for is written normalised.
    static func time(_ timestamp: Timestamp) -> String {
        var seconds = timestamp.seconds
        var nanoseconds = Int64(timestamp.tsharkNanoseconds)
        seconds = seconds &+ nanoseconds / 1_000_000_000
        nanoseconds %= 1_000_000_000
        if nanoseconds < 0 {
            seconds = seconds &- 1
            nanoseconds += 1_000_000_000
        }
        let fraction = String(nanoseconds)
        return "\(seconds)." + String(repeating: "0", count: 9 - fraction.count) + fraction
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}
