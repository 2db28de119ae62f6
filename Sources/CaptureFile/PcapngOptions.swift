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

    /// Visits each option in `block` between `start` and `end` (both offsets in the block).
    /// - Parameter visit: gets the code and the unpadded value; throws for a value tshark refuses.
    /// - Throws: `damaged` for an option running past the end or a short custom option.
    static func walk(
        _ block: FieldReader, from start: Int, to end: Int, path: String,
        visit: (UInt16, UnsafeRawBufferPointer) throws(CaptureError) -> Void = { _, _ in }
    ) throws(CaptureError) {
        var offset = start
        while offset < end {
            guard end - offset >= 4 else {
                throw .damaged(path: path, detail: "pcapng: Not enough data for option header")
            }
            let code = block.uint16(at: offset)
            let length = Int(block.uint16(at: offset + 2))
            offset += 4
            let padded = (length + 3) & ~3
            guard padded <= end - offset else {
                throw .damaged(path: path, detail: "pcapng: Not enough data to handle option of length \(length)")
            }
            if code == 0 { return }
            if customCodes.contains(code), length < 4 {
                throw .damaged(path: path, detail: "pcapng: option length (\(length)) too small for custom option")
            }
            if code != 1, !customCodes.contains(code) {
                try visit(code, UnsafeRawBufferPointer(start: block.base + offset, count: length))
            }
            offset += padded
        }
    }

    /// tshark's checks of Enhanced and obsolete Packet Block options (flags, drop count,
    /// packet id, queue, verdict).
    static func checkPacketOption(code: UInt16, value: UnsafeRawBufferPointer, path: String) throws(CaptureError) {
        let problem: String?
        switch code {
        case 2 where value.count != 4: problem = "flags option length \(value.count) is not 4"
        case 4 where value.count != 8: problem = "drop count option length \(value.count) is not 8"
        case 5 where value.count != 8: problem = "packet id option length \(value.count) is not 8"
        case 6 where value.count != 4: problem = "queue option length \(value.count) is not 4"
        case 7 where value.isEmpty: problem = "verdict option length 0 is < 1"
        case 7 where value[0] == 1 && value.count != 9: problem = "TC verdict option length \(value.count) is != 9"
        case 7 where value[0] == 2 && value.count != 9: problem = "XDP verdict option length \(value.count) is != 9"
        default: problem = nil
        }
        if let problem {
            throw .damaged(path: path, detail: "pcapng: packet block \(problem)")
        }
    }
}
