/// An IPv6 packet to emit (RFC 8200), with extension headers in the order given.
///
/// ```
/// |ver| class |      flow label      |
/// | payload length | next  | hop lim |
/// | source address (16)              |
/// | destination address (16)         |
/// | extension headers… | upper layer |
/// ```
struct IPv6Packet {
    /// One extension header: its protocol number and its body after the next-header byte.
    struct Extension {
        /// 0 hop-by-hop, 43 routing, 44 fragment, 60 destination options.
        var kind: UInt8
        /// Bytes after the next-header byte; for options headers this starts with the length byte.
        var body: [UInt8]

        /// An 8-byte hop-by-hop (0) or destination-options (60) header holding one PadN option.
        static func options(kind: UInt8) -> Extension {
            // next, length 0 (= 8 bytes), then PadN: type 1, length 4, four zero bytes.
            Extension(kind: kind, body: [0, 1, 4, 0, 0, 0, 0])
        }

        /// A type-0 routing header that names one address and has no segments left.
        static func routing(via address: [UInt8]) -> Extension {
            Extension(kind: 43, body: [2, 0, 0, 0, 0, 0, 0] + address)
        }

        /// A fragment header.
        static func fragment(offset: Int, more: Bool, identification: UInt32) -> Extension {
            var body: [UInt8] = [0]
            body.appendBE(UInt16(offset / 8) << 3 | (more ? 1 : 0))
            body.appendBE(identification)
            return Extension(kind: 44, body: body)
        }
    }

    var source: [UInt8]
    var destination: [UInt8]
    var nextHeader: UInt8 = 6
    var hopLimit: UInt8 = 64
    var extensions: [Extension] = []
    var payload: [UInt8]

    /// The 40-byte upper-layer pseudo-header (RFC 8200 §8.1).
    static func pseudoHeader(source: [UInt8], destination: [UInt8], nextHeader: UInt8, length: Int) -> [UInt8] {
        var out = source + destination
        out.appendBE(UInt32(length))
        return out + [0, 0, 0, nextHeader]
    }

    /// Header, extension headers and payload.
    func emit() -> [UInt8] {
        var chain: [UInt8] = []
        let kinds = extensions.map(\.kind) + [nextHeader]
        for (index, item) in extensions.enumerated() {
            chain.append(kinds[index + 1])
            chain += item.body
        }
        var out: [UInt8] = [0x60, 0, 0, 0]
        out.appendBE(UInt16(chain.count + payload.count))
        out += [kinds[0], hopLimit]
        return out + source + destination + chain + payload
    }
}
