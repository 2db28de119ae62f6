import PacketDecoding

/// Appends values as tshark's `-T fields` writes them, straight into a byte buffer.
enum FieldText {
    /// `value` as `-T fields` prints it; `hexDigits` gives the `0x%0Nx` form of hex-displayed
    /// integers (`tcp.flags`). Protocols have no value text (their summary is written instead).
    static func append(_ value: FieldValue, hexDigits: Int?, to output: inout [UInt8]) {
        switch value {
        case .unsigned(let number):
            if let hexDigits {
                output.append(contentsOf: [0x30, 0x78])
                appendHex(UInt64(number), digits: hexDigits, to: &output)
            } else {
                appendDecimal(UInt64(number), to: &output)
            }
        case .boolean(let flag):
            output.append(flag ? 0x31 : 0x30)
        case .ipv4(let address):
            appendIPv4(address, to: &output)
        case .ipv6(let high, let low):
            output.append(contentsOf: IPAddress.v6(high: high, low: low).description.utf8)
        case .ether(let address):
            appendEther(address, to: &output)
        case .bytes(let buffer):
            for byte in buffer { appendHex(UInt64(byte), digits: 2, to: &output) }
        case .relativeTime(let seconds, let nanoseconds):
            appendTime(seconds: seconds, nanoseconds: nanoseconds, to: &output)
        case .protocolLayer:
            break
        }
    }

    /// Decimal digits, no padding.
    static func appendDecimal(_ value: UInt64, to output: inout [UInt8]) {
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(0x30 + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Lower-case hex, zero-padded to at least `digits`.
    static func appendHex(_ value: UInt64, digits: Int, to output: inout [UInt8]) {
        var count = 1
        while count < 16, value >> (4 * UInt64(count)) != 0 { count += 1 }
        for shift in stride(from: Swift.max(count, digits) - 1, through: 0, by: -1) {
            let nibble = shift < 16 ? UInt8((value >> (4 * UInt64(shift))) & 0xF) : 0
            output.append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
        }
    }

    /// `a.b.c.d`.
    static func appendIPv4(_ address: UInt32, to output: inout [UInt8]) {
        for shift in stride(from: 24, through: 0, by: -8) {
            if shift != 24 { output.append(0x2E) }
            appendDecimal(UInt64((address >> UInt32(shift)) & 0xFF), to: &output)
        }
    }

    /// `aa:bb:cc:dd:ee:ff` from the low 48 bits.
    static func appendEther(_ address: UInt64, to output: inout [UInt8]) {
        for shift in stride(from: 40, through: 0, by: -8) {
            if shift != 40 { output.append(0x3A) }
            appendHex((address >> UInt64(shift)) & 0xFF, digits: 2, to: &output)
        }
    }

    /// `seconds.nnnnnnnnn`; a negative time is written `-` and its magnitude. As in tshark's
    /// `%09d`, nanoseconds of a second or more (a damaged capture's) print all their digits.
    static func appendTime(seconds: Int64, nanoseconds: Int32, to output: inout [UInt8]) {
        if seconds < 0 || nanoseconds < 0 { output.append(0x2D) }
        appendDecimal(seconds.magnitude, to: &output)
        output.append(0x2E)
        let fraction = UInt64(nanoseconds.magnitude)
        var divisor: UInt64 = 100_000_000
        while divisor * 10 <= fraction { divisor *= 10 }
        while divisor > 0 {
            output.append(0x30 + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    private static let flagLetters: [UInt8] = Array("RRRACEUAPRSF".utf8)

    /// tcp.flags.str: `RRRACEUAPRSF`, a letter for each set bit from bit 11 down, `·` otherwise.
    static func appendFlagString(_ flags: UInt32, to output: inout [UInt8]) {
        for (index, letter) in flagLetters.enumerated() {
            if flags & (1 << UInt32(11 - index)) != 0 {
                output.append(letter)
            } else {
                output.append(contentsOf: [0xC2, 0xB7])
            }
        }
    }
}
