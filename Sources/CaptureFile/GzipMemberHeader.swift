/// The header in front of each gzip member (RFC 1952 §2.3), checked and skipped as tshark does.
///
/// ```
/// +----+----+----+-----+-------+-----+----+  then, by FLG: FEXTRA (2-byte length + data),
/// | 1f | 8b | CM | FLG | MTIME | XFL | OS |  FNAME and FCOMMENT (NUL-terminated), FHCRC (2 bytes)
/// +----+----+----+-----+-------+-----+----+
/// ```
enum GzipMemberHeader {
    /// Skips a member header whose two magic bytes are still buffered in `input`.
    /// - Throws: `cutShortInPacket` when the file ends inside the header;
    ///   `decompressionFailed` for a method other than deflate or reserved flag bits.
    static func skip(in input: CompressedInput, path: String) throws(CaptureError) {
        guard try input.request(10) else { throw .cutShortInPacket(path: path) }
        let method = input.buffered[2]
        let flags = input.buffered[3]
        guard method == 8 else {
            throw .decompressionFailed(path: path, reason: "unknown compression method")
        }
        guard flags & 0xE0 == 0 else {
            throw .decompressionFailed(path: path, reason: "reserved flag bits set")
        }
        input.consume(10)
        if flags & 0x04 != 0 {  // FEXTRA
            guard try input.request(2) else { throw .cutShortInPacket(path: path) }
            let length = Int(input.buffered[0]) | Int(input.buffered[1]) << 8
            input.consume(2)
            try skipBytes(length, in: input, path: path)
        }
        if flags & 0x08 != 0 {  // FNAME
            try skipString(in: input, path: path)
        }
        if flags & 0x10 != 0 {  // FCOMMENT
            try skipString(in: input, path: path)
        }
        if flags & 0x02 != 0 {  // FHCRC
            try skipBytes(2, in: input, path: path)
        }
    }

    /// Skips `count` bytes.
    private static func skipBytes(_ count: Int, in input: CompressedInput, path: String) throws(CaptureError) {
        for _ in 0..<count {
            guard try input.nextByte() != nil else { throw .cutShortInPacket(path: path) }
        }
    }

    /// Skips a NUL-terminated string.
    private static func skipString(in input: CompressedInput, path: String) throws(CaptureError) {
        while true {
            guard let byte = try input.nextByte() else { throw .cutShortInPacket(path: path) }
            if byte == 0 { return }
        }
    }
}
