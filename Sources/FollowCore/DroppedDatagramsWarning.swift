import PacketDecoding

/// The warning for incomplete IP datagrams dropped to bound memory, a difference from tshark
/// that must never be silent.
enum DroppedDatagramsWarning {
    /// The warning's text without the program name, or nil when nothing was dropped.
    static func text(count: Int) -> String? {
        guard count > 0 else { return nil }
        let limits = PacketDecoder.defragmentationLimits
        return "warning: \(count) incomplete IP datagram\(count == 1 ? " was" : "s were") dropped to bound memory "
            + "(more than \(limits.datagrams) waiting, or \(limits.bytes >> 20) MiB of fragments held); "
            + "tshark keeps them and would reassemble any whose missing fragments came later"
    }
}
