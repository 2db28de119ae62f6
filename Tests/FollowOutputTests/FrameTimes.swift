import Foundation
import PacketDecoding

/// The exact frame times recorded by `Tests/FollowOutputFixtures/record-frame-times.sh` (`tshark -T fields -e
/// frame.number -e frame.time_epoch`), keyed by "spec|corpus/capture file" and frame number.
struct FrameTimes {
    private var times: [String: [UInt64: Timestamp]] = [:]

    /// Loads `Tests/FollowOutputFixtures/frame-times.tsv` (empty if it is missing).
    init() {
        let url = SharedFolder.packageRoot.appendingPathComponent("Tests/FollowOutputFixtures/frame-times.tsv")
        guard let data = try? Data(contentsOf: url) else { return }
        var key = ""
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count == 3, fields[0] == "@" {
                key = "\(fields[1])/\(fields[2])"
            } else if fields.count == 2, let frame = UInt64(fields[0]), let time = Self.timestamp(fields[1]) {
                times[key, default: [:]][frame] = time
            }
        }
    }

    /// The time of `frame` in `capture` of `set` ("spec" or "corpus").
    func time(set: String, capture: String, frame: UInt64) -> Timestamp? {
        times["\(set)/\(capture)"]?[frame]
    }

    /// Parses `S.NNNNNNNNN` (nine decimals).
    private static func timestamp(_ text: Substring) -> Timestamp? {
        let parts = text.split(separator: ".")
        guard parts.count == 2, parts[1].count == 9, let seconds = Int64(parts[0]), let nanos = UInt32(parts[1])
        else { return nil }
        return Timestamp(seconds: seconds, nanoseconds: nanos)
    }
}
