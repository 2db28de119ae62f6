/// The direction a pcapng packet block records in its `epb_flags` option (bits 0–1): tshark adds
/// it to the `frame` summary as ` (inbound)` or ` (outbound)`.
package enum PacketDirection: Sendable, Hashable {
    case inbound
    case outbound

    /// The direction of an `epb_flags` value: bits 0–1 are 1 for inbound, 2 for outbound; 0
    /// (not available) and 3 (invalid) give nil.
    package init?(packetFlags: UInt32) {
        switch packetFlags & 3 {
        case 1: self = .inbound
        case 2: self = .outbound
        default: return nil
        }
    }
}
