/// The TCP header flag bits: the low 12 bits of the 16-bit word at offset 12, after the data offset
/// (reserved bits included, as in tshark's `tcp.flags`).
package struct TCPFlags: OptionSet, Hashable, Sendable {
    package var rawValue: UInt16

    package init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Whether every bit of `member` is set. Written out and `@inlinable` because other modules
    /// test flags on every frame: `OptionSet`'s own `contains` reached them through `SetAlgebra`'s
    /// generic `isSuperset(of:)`, about 35 instructions a test.
    @inlinable
    package func contains(_ member: TCPFlags) -> Bool {
        rawValue & member.rawValue == member.rawValue
    }

    package static let fin = TCPFlags(rawValue: 0x001)
    package static let syn = TCPFlags(rawValue: 0x002)
    package static let rst = TCPFlags(rawValue: 0x004)
    package static let psh = TCPFlags(rawValue: 0x008)
    package static let ack = TCPFlags(rawValue: 0x010)
    package static let urg = TCPFlags(rawValue: 0x020)
    package static let ece = TCPFlags(rawValue: 0x040)
    package static let cwr = TCPFlags(rawValue: 0x080)
    package static let ns = TCPFlags(rawValue: 0x100)
}
