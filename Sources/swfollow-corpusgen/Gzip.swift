/// Writes gzip files (RFC 1952) with "stored" deflate blocks: valid, deterministic, no compressor needed.
enum Gzip {
    /// The gzip member holding `data`, with mtime 0 and OS "unknown".
    static func stored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final = offset + count == data.count
            out.append(final ? 1 : 0)
            out += littleEndian(UInt32(count), width: 2) + littleEndian(UInt32(~UInt16(count)), width: 2)
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        return out + littleEndian(crc32(data), width: 4)
            + littleEndian(UInt32(truncatingIfNeeded: data.count), width: 4)
    }

    /// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320).
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func littleEndian(_ value: UInt32, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
    }
}
