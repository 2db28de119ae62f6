/// The RFC 1071 ones'-complement checksum used by IPv4, ICMP and TCP.
enum InternetChecksum {
    /// The checksum of the concatenation of `parts` (odd lengths padded with a zero byte at the very end).
    static func compute(_ parts: [UInt8]...) -> UInt16 {
        var sum: UInt32 = 0
        var pending: UInt8?
        for part in parts {
            for byte in part {
                if let high = pending {
                    sum += UInt32(high) << 8 | UInt32(byte)
                    pending = nil
                } else {
                    pending = byte
                }
            }
        }
        if let high = pending { sum += UInt32(high) << 8 }
        while sum > 0xFFFF { sum = (sum & 0xFFFF) + (sum >> 16) }
        return ~UInt16(sum)
    }
}

extension Array where Element == UInt8 {
    /// Appends a big-endian 16-bit value.
    mutating func appendBE(_ value: UInt16) {
        append(UInt8(value >> 8))
        append(UInt8(value & 0xFF))
    }

    /// Appends a big-endian 32-bit value.
    mutating func appendBE(_ value: UInt32) {
        appendBE(UInt16(value >> 16))
        appendBE(UInt16(value & 0xFFFF))
    }

    /// Overwrites two bytes at `offset` with a big-endian value.
    mutating func storeBE(_ value: UInt16, at offset: Int) {
        self[offset] = UInt8(value >> 8)
        self[offset + 1] = UInt8(value & 0xFF)
    }
}
