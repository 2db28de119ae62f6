import FollowOutput
import PacketDecoding

/// One parsed `-z follow,tcp,MODE,FILTER[,RANGE]` or `-z follow,udp,…` argument (FOLLOW-RULES
/// R1.1–R1.5; UDP is read exactly like TCP).
///
/// Built by ``parse(_:)`` (FollowRequest+Parsing.swift); ``filterText`` gives its `Filter:` line.
package struct FollowRequest: Hashable, Sendable {
    /// Which frames the block follows.
    package enum Filter: Hashable, Sendable {
        /// `tcp.stream eq N` (`udp.stream eq N`).
        case stream(UInt32)
        /// The two `ADDR:PORT` items in command-line order (only the Filter line depends on the order).
        case addressPair(Endpoint, Endpoint)
    }

    /// TCP or UDP.
    package var followed: FollowProtocol
    package var mode: FollowMode
    package var filter: Filter
    package var range: RecordRange?

    package init(followed: FollowProtocol = .tcp, mode: FollowMode, filter: Filter, range: RecordRange?) {
        self.followed = followed
        self.mode = mode
        self.filter = filter
        self.range = range
    }
}
