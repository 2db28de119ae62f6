import FollowOutput
import PacketDecoding

/// One parsed `-z follow,tcp,MODE,FILTER[,RANGE]` argument (FOLLOW-SPEC R1.1–R1.5).
///
/// Built by ``parse(_:)`` (FollowRequest+Parsing.swift); ``filterText`` gives its `Filter:` line.
package struct FollowRequest: Hashable, Sendable {
    /// Which frames the block follows.
    package enum Filter: Hashable, Sendable {
        /// `tcp.stream eq N`.
        case stream(UInt32)
        /// The two `ADDR:PORT` items in command-line order (only the Filter line depends on the order).
        case addressPair(Endpoint, Endpoint)
    }

    package var mode: FollowMode
    package var filter: Filter
    package var range: RecordRange?

    package init(mode: FollowMode, filter: Filter, range: RecordRange?) {
        self.mode = mode
        self.filter = filter
        self.range = range
    }
}
