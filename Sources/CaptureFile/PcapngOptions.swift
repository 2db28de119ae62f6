/// Walks the options at the end of a pcapng block, checking them as tshark does.
///
/// ```
/// +------+--------+---------------------------+  repeated; code 0 (opt_endofopt) ends the list
/// | code | length | value, padded to 4 bytes  |
/// +------+--------+---------------------------+
/// ```
enum PcapngOptions {
    /// The custom option codes (2988, 2989, 19372, 19373), whose value starts with a 4-byte PEN.
    private static let customCodes: Set<UInt16> = [2988, 2989, 19372, 19373]
    /// Netflix's private enterprise number: its custom options and blocks (TCP black box logs)
    /// carry a 32-bit little-endian type after it.
    static let netflixEnterpriseNumber: UInt32 = 10949

    /// How a walk over a block's options ended.
    enum Ending {
        /// At the end of the options, or at `opt_endofopt`.
        case complete
        /// At an option tshark's parser fails on without setting an error: a Netflix custom
        /// option with less than its 4-byte type after the PEN, or an option `visit` does not
        /// take. tshark then stops reading the file as if it had ended, with no message.
        case givesUp
    }

    /// Visits each option in `options`, the bytes from the first option to the block trailer,
    /// read in `options`' byte order (the section's, or little-endian in a Netflix block).
    /// - Parameter visit: gets the code and the unpadded value of every option but comments and
    ///   custom options; throws for a value tshark refuses, returns false for one it gives up on.
    /// - Throws: `damaged` for an option running past the end or a short custom option.
    static func walk(
        _ options: FieldReader, path: String,
        visit: (UInt16, FieldReader) throws(CaptureError) -> Bool = { _, _ in true }
    ) throws(CaptureError) -> Ending {
        var offset = 0
        while offset < options.count {
            guard let header = options.slice(at: offset, count: 4) else {
                throw .damaged(path: path, detail: "pcapng: Not enough data for option header")
            }
            let code = header.uint16(at: 0)
            let length = Int(header.uint16(at: 2))
            offset += 4
            guard let padded = options.slice(at: offset, count: (length + 3) & ~3),
                let value = padded.slice(at: 0, count: length)
            else {
                throw .damaged(path: path, detail: "pcapng: Not enough data to handle option of length \(length)")
            }
            if code == 0 { return .complete }
            if customCodes.contains(code) {
                guard length >= 4 else {
                    throw .damaged(path: path, detail: "pcapng: option length (\(length)) too small for custom option")
                }
                if value.uint32(at: 0) == netflixEnterpriseNumber, length < 8 {
                    return .givesUp
                }
            } else if code != 1 {
                guard try visit(code, value) else { return .givesUp }
            }
            offset += padded.count
        }
        return .complete
    }

    /// tshark's checks of Enhanced and obsolete Packet Block options (flags, drop count,
    /// packet id, queue, verdict).
    static func checkPacketOption(code: UInt16, value: FieldReader, path: String) throws(CaptureError) {
        let problem: String?
        switch code {
        case 2 where value.count != 4: problem = "flags option length \(value.count) is not 4"
        case 4 where value.count != 8: problem = "drop count option length \(value.count) is not 8"
        case 5 where value.count != 8: problem = "packet id option length \(value.count) is not 8"
        case 6 where value.count != 4: problem = "queue option length \(value.count) is not 4"
        case 7 where value.count == 0: problem = "verdict option length 0 is < 1"
        case 7 where value.count != 9 && value.uint8(at: 0) == 1:
            problem = "TC verdict option length \(value.count) is != 9"
        case 7 where value.count != 9 && value.uint8(at: 0) == 2:
            problem = "XDP verdict option length \(value.count) is != 9"
        default: problem = nil
        }
        if let problem {
            throw .damaged(path: path, detail: "pcapng: packet block \(problem)")
        }
    }
}
