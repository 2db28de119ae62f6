import PacketDecoding

/// Equality written out field by field: the synthesized `==` compares the endpoints through
/// `Endpoint`'s and `IPAddress`'s conformances in another module, an opaque call per field on
/// every stream-table lookup. Here it is a few integer comparisons.
extension ConversationKey: Equatable {
    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.lower.port == rhs.lower.port && lhs.upper.port == rhs.upper.port
            && lhs.lower.address.isIdentical(to: rhs.lower.address)
            && lhs.upper.address.isIdentical(to: rhs.upper.address)
    }
}

extension IPAddress {
    /// `==` without a call through `IPAddress`'s conformance in PacketDecoding.
    fileprivate func isIdentical(to other: IPAddress) -> Bool {
        switch (self, other) {
        case (.v4(let a), .v4(let b)):
            return a == b
        case (.v6(let ah, let al), .v6(let bh, let bl)):
            return ah == bh && al == bl
        default:
            return false
        }
    }
}
