/// The preferences and limits that change what follow prints (FOLLOW-SPEC §5, R1.12).
package struct FollowSettings: Hashable, Sendable {
    /// `tcp.analyze_sequence_numbers` and `tcp.relative_sequence_numbers` both on: the engine works
    /// with relative numbers (R5.2). Either off: raw numbers.
    package var relativeSequenceNumbers = true
    /// `ip.defragment`: reassemble IP fragments before TCP (R3.5).
    package var defragment = true
    /// `-c N`: stop after this many frames.
    package var frameLimit: UInt64?

    package init(relativeSequenceNumbers: Bool = true, defragment: Bool = true, frameLimit: UInt64? = nil) {
        self.relativeSequenceNumbers = relativeSequenceNumbers
        self.defragment = defragment
        self.frameLimit = frameLimit
    }
}
