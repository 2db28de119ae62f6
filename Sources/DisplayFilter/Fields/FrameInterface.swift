import PacketDecoding

/// The capture interface of a pcapng frame and the direction its packet block records, which the
/// `frame` summary names.
package struct FrameInterface: Hashable, Sendable {
    /// The interface's name as the capture file spells it (bytes, which need not be UTF-8),
    /// or nil (tshark then says `unknown`).
    package var name: [UInt8]?
    /// The interface id (its index in the file).
    package var id: Int
    /// The packet's direction (`epb_flags`), if its block records one.
    package var direction: PacketDirection?

    package init(name: [UInt8]?, id: Int) {
        self.name = name
        self.id = id
    }
}
