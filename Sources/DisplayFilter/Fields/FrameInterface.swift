/// The capture interface of a pcapng frame, which the `frame` summary names.
package struct FrameInterface: Hashable, Sendable {
    /// The interface's name option, or nil (tshark then says `unknown`).
    package var name: String?
    /// The interface id (its index in the file).
    package var id: Int

    package init(name: String?, id: Int) {
        self.name = name
        self.id = id
    }
}
