/// The optional `,N` or `,N-M` of a follow argument: which records (1-based, across both nodes, in
/// output order) are printed (FOLLOW-RULES R1.5, R2.12).
package struct RecordRange: Hashable, Sendable {
    package var first: UInt32
    package var last: UInt32

    package init(first: UInt32, last: UInt32) {
        self.first = first
        self.last = last
    }

    /// Whether the record at 1-based `position` is printed.
    package func contains(_ position: UInt64) -> Bool {
        position >= UInt64(first) && position <= UInt64(last)
    }
}
