import FollowOutput

/// One stream an export writes out: its protocol and its `tcp.stream` or `udp.stream` index.
package struct ExportStreamID: Hashable, Comparable, Sendable {
    package var proto: FollowProtocol
    package var number: UInt32

    package init(_ proto: FollowProtocol, _ number: UInt32) {
        self.proto = proto
        self.number = number
    }

    /// TCP streams first, then UDP; by number within each.
    package static func < (left: Self, right: Self) -> Bool {
        (left.proto == .udp ? 1 : 0, left.number) < (right.proto == .udp ? 1 : 0, right.number)
    }
}
