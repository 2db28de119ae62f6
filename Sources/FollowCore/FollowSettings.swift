/// The preferences and limits that change what follow prints (FOLLOW-RULES §5, R1.12).
package struct FollowSettings: Hashable, Sendable {
    /// `tcp.analyze_sequence_numbers` and `tcp.relative_sequence_numbers` both on: the engine works
    /// with relative numbers (R5.2). Either off: raw numbers.
    package var relativeSequenceNumbers = true
    /// `ip.defragment`: reassemble IPv4 fragments before TCP and UDP (R3.5).
    package var defragment = true
    /// `ipv6.defragment`: reassemble IPv6 fragments.
    package var defragmentIPv6 = true
    /// `-c N`: stop after this many frames.
    package var frameLimit: UInt64?

    package init(
        relativeSequenceNumbers: Bool = true, defragment: Bool = true, defragmentIPv6: Bool = true,
        frameLimit: UInt64? = nil
    ) {
        self.relativeSequenceNumbers = relativeSequenceNumbers
        self.defragment = defragment
        self.defragmentIPv6 = defragmentIPv6
        self.frameLimit = frameLimit
    }
}
