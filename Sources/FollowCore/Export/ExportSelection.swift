import FollowOutput

/// Which streams an export writes, apart from `--streams` (which needs a pass of its own): the
/// protocols, `--stream LIST`, and the size limits decided when a stream ends.
struct ExportSelection {
    /// `--proto`: TCP by default.
    var protocols: Set<FollowProtocol> = [.tcp]
    /// `--stream LIST`: only these stream indices (of each chosen protocol).
    var streams: StreamSelection?
    /// `--min-bytes N`: only streams with at least N data bytes (both nodes).
    var minimumBytes: UInt64?
    /// `--max-bytes N`: only streams with at most N data bytes (both nodes).
    var maximumBytes: UInt64?

    /// Whether the protocol and `--stream` allow `key`.
    func includes(_ key: StreamKey) -> Bool {
        protocols.contains(key.followed) && (streams?.contains(key.stream) ?? true)
    }

    /// Whether a stream with `byteCount` data bytes is kept.
    func keeps(byteCount: UInt64) -> Bool {
        byteCount >= (minimumBytes ?? 0) && byteCount <= (maximumBytes ?? .max)
    }
}
