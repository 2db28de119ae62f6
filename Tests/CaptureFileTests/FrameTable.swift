import CaptureFile
import PacketDecoding

/// Renders what a `CaptureReader` reads in the layout of `tshark -T fields -e frame.number
/// -e frame.cap_len -e frame.len -e frame.time_epoch`, with a final `#error` line on failure
/// (the layout `scripts/record-frame-table.sh` records).
enum FrameTable {
    /// Reads the capture at `path` to the end, or to its first error.
    /// - Parameter frameLimit: when set, only that many frame lines are kept, followed by
    ///   `#total<TAB>count`, as the script shortens big tables.
    static func read(path: String, frameLimit: Int? = nil) -> String {
        var table = ""
        var number = 0
        var failure = ""
        do {
            let reader = try CaptureReader(path: path)
            while let frame = try reader.nextFrame() {
                number += 1
                if number <= frameLimit ?? .max {
                    table += "\(number)\t\(frame.bytes.count)\t\(frame.originalLength)\t\(epoch(frame.timestamp))\n"
                }
            }
        } catch {
            let message = error.message.replacingOccurrences(of: "\"\(path)\"", with: "\"{path}\"")
            failure = "#error\t\(message.replacingOccurrences(of: "\n", with: "\\n"))\n"
        }
        if frameLimit != nil {
            table += "#total\t\(number)\n"
        }
        return table + failure
    }

    /// The frame limit of a recorded table: the number of frame lines when it ends with `#total`.
    static func frameLimit(ofRecorded table: String) -> Int? {
        guard table.contains("#total\t") else { return nil }
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
    }

    /// `frame.time_epoch` as tshark prints it: seconds, a dot, nine digits.
    static func epoch(_ timestamp: Timestamp) -> String {
        let digits = String(timestamp.nanoseconds)
        return "\(timestamp.seconds).\(String(repeating: "0", count: max(0, 9 - digits.count)))\(digits)"
    }
}
