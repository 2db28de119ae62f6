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

    /// Visits each option in `options`, the bytes from the first option to the block trailer.
    /// - Parameter visit: gets the code and the unpadded value; throws for a value tshark refuses.
    /// - Throws: `damaged` for an option running past the end or a short custom option.
    static func walk(
        _ options: FieldReader, path: String,
        visit: (UInt16, FieldReader) throws(CaptureError) -> Void = { _, _ in }
    ) throws(CaptureError) {
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
            if code == 0 { return }
            if customCodes.contains(code), length < 4 {
                throw .damaged(path: path, detail: "pcapng: option length (\(length)) too small for custom option")
            }
            if code != 1, !customCodes.contains(code) {
                try visit(code, value)
            }
            offset += padded.count
        }
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
