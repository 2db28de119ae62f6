/// Ethernet frames carrying IP fragments, for the tests of which frames a stream's capture holds.
enum FragmentFrames {
    /// The frames of one IPv4 datagram (`protocol`, `payload`) cut at `cuts` (offsets, multiples
    /// of 8), in that order, all with identification `identification`.
    static func ipv4(
        _ source: UInt32, _ destination: UInt32, protocol: UInt8, identification: UInt16, payload: [UInt8],
        cuts: [Int]
    ) -> [[UInt8]] {
        pieces(payload, cuts).map { offset, piece, isLast in
            let flagsAndOffset = UInt16(offset / 8) | (isLast ? 0 : 0x2000)
            let header: [UInt8] =
                [0x45, 0] + be16(UInt16(20 + piece.count)) + be16(identification) + be16(flagsAndOffset)
                + [64, `protocol`, 0, 0] + be32(source) + be32(destination)
            return ethernet(0x0800) + header + piece
        }
    }

    /// The frames of one IPv6 datagram (next header `next`, `payload`) from 2001:db8::1 to
    /// 2001:db8::2, cut at `cuts`, each with a Fragment header of `identification`.
    static func ipv6(next: UInt8, identification: UInt32, payload: [UInt8], cuts: [Int]) -> [[UInt8]] {
        let prefix: [UInt8] = [0x20, 0x01, 0x0D, 0xB8] + [UInt8](repeating: 0, count: 11)
        return pieces(payload, cuts).map { offset, piece, isLast in
            let fragment: [UInt8] = [next, 0] + be16(UInt16(offset) | (isLast ? 0 : 1)) + be32(identification)
            return ethernet(0x86DD) + [0x60, 0, 0, 0] + be16(UInt16(8 + piece.count)) + [44, 64] + prefix + [1]
                + prefix + [2] + fragment + piece
        }
    }

    /// A UDP header and payload.
    static func udp(_ source: UInt16, _ destination: UInt16, _ payload: [UInt8]) -> [UInt8] {
        be16(source) + be16(destination) + be16(UInt16(8 + payload.count)) + [0, 0] + payload
    }

    /// A TCP header (ACK|PSH, window 65535) and payload.
    static func tcp(_ source: UInt16, _ destination: UInt16, sequence: UInt32, _ payload: [UInt8]) -> [UInt8] {
        be16(source) + be16(destination) + be32(sequence) + be32(1) + [0x50, 0x18] + be16(65535) + [0, 0, 0, 0]
            + payload
    }

    private static func pieces(_ payload: [UInt8], _ cuts: [Int]) -> [(Int, [UInt8], Bool)] {
        let bounds = [0] + cuts + [payload.count]
        return (0..<(bounds.count - 1)).map { index in
            (bounds[index], Array(payload[bounds[index]..<bounds[index + 1]]), index == bounds.count - 2)
        }
    }

    private static func ethernet(_ type: UInt16) -> [UInt8] {
        [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1] + be16(type)
    }

    private static func be16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    private static func be32(_ value: UInt32) -> [UInt8] { (0..<4).reversed().map { UInt8(value >> (8 * $0) & 0xFF) } }
}
