import PacketDecoding

/// The unordered pair of endpoints that identifies a TCP conversation (FOLLOW-RULES R3.2).
///
/// VLAN tags, interfaces and link types are deliberately not part of the key: tshark puts the same
/// flow seen on two interfaces or two VLANs into one stream.
package struct ConversationKey: Sendable {
    /// The endpoint that sorts first; frames it sends travel in direction 0 of the conversation.
    package var lower: Endpoint
    /// The other endpoint.
    package var upper: Endpoint

    private init(lower: Endpoint, upper: Endpoint) {
        self.lower = lower
        self.upper = upper
    }

    /// The key of the conversation a frame from `source` to `destination` belongs to, and the
    /// frame's direction in it: 0 when `source` is the lower endpoint, 1 otherwise (a
    /// self-connection is always 0).
    package static func oriented(_ source: Endpoint, _ destination: Endpoint) -> (key: Self, direction: Int) {
        source.sortsBefore(destination)
            ? (Self(lower: source, upper: destination), 0)
            : (Self(lower: destination, upper: source), destination.sortsBefore(source) ? 1 : 0)
    }
}

extension Endpoint {
    /// A total order used only to canonicalise conversation keys.
    fileprivate func sortsBefore(_ other: Endpoint) -> Bool {
        switch (address, other.address) {
        case (.v4(let a), .v4(let b)):
            return a != b ? a < b : port < other.port
        case (.v6(let ah, let al), .v6(let bh, let bl)):
            if ah != bh { return ah < bh }
            return al != bl ? al < bl : port < other.port
        case (.v4, .v6):
            return true
        case (.v6, .v4):
            return false
        }
    }
}
