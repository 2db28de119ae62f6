import FollowCore

/// Compares swfollow's follow output for a stream of a capture with its output for stream 0 of
/// that stream's own capture: equal but for `Filter: … eq N` (becoming `eq 0`) and, in YAML, the
/// frame numbers (`packet: k` of the stream's capture is its k-th frame, mapped back to the
/// original's number before comparing).
enum SplitComparison {
    /// The modes compared.
    static let modes = ["raw", "yaml"]

    /// The modes whose output differs (beyond `Filter: … eq N` becoming `eq 0`), each with a note.
    /// - Parameter frames: the original numbers of the frames of the stream's capture, in order.
    static func differences(original: String, stream: StreamKey, split: String, frames: [UInt64]) -> [String] {
        modes.compactMap { mode in
            let proto = stream.followed.rawValue
            let expected = follow(original, "follow,\(proto),\(mode),\(stream.stream)")
            let actual = renumberPackets(follow(split, "follow,\(proto),\(mode),0"), frames)
            let renumbered = replace(
                Array("\(proto).stream eq \(stream.stream)\n".utf8), with: Array("\(proto).stream eq 0\n".utf8),
                in: expected)
            return renumbered == actual ? nil : "\(proto) stream \(stream.stream) \(mode): \(split) differs"
        }
    }

    /// Standard output and status of `swfollow -r capture -q -z argument`.
    private static func follow(_ capture: String, _ argument: String) -> [UInt8] {
        let outcome = SwfollowCommand.run(["-r", capture, "-q", "-z", argument])
        return outcome.standardOutput + Array("\nstatus \(outcome.status) \(outcome.standardError)".utf8)
    }

    /// YAML's `  - packet: k` lines with k replaced by `frames[k - 1]`.
    private static func renumberPackets(_ output: [UInt8], _ frames: [UInt64]) -> [UInt8] {
        let prefix = "  - packet: "
        let lines = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix(prefix), let number = Int(text.dropFirst(prefix.count)),
                frames.indices.contains(number - 1)
            else { return Array(line) }
            return Array((prefix + String(frames[number - 1])).utf8)
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// `bytes` with the first occurrence of `old` replaced by `new`.
    private static func replace(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard old.count <= bytes.count else { return bytes }
        for start in 0...(bytes.count - old.count) where bytes[start..<(start + old.count)].elementsEqual(old) {
            return Array(bytes[..<start]) + new + bytes[(start + old.count)...]
        }
        return bytes
    }
}
