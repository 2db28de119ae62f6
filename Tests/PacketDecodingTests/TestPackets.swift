import PacketDecoding

/// Builds frames byte by byte for the unit tests (fields in network order, checksums left 0:
/// tshark does not check them by default).
enum TestPackets {
    static let client: [UInt8] = [10, 0, 0, 1]
    static let server: [UInt8] = [10, 0, 0, 2]

    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: UInt32) -> [UInt8] { be16(Int(value >> 16)) + be16(Int(value & 0xFFFF)) }

    /// A TCP header (data offset from the options unless `dataOffset` is given) and payload.
    static func tcp(
        sourcePort: Int = 40000, destinationPort: Int = 80, seq: UInt32 = 1000, ack: UInt32 = 0,
        flags: Int = 0x18, options: [UInt8] = [], dataOffset: Int? = nil, payload: [UInt8] = []
    ) -> [UInt8] {
        let offset = dataOffset ?? (20 + options.count) / 4
        return be16(sourcePort) + be16(destinationPort) + be32(seq) + be32(ack) + be16(offset << 12 | flags)
            + be16(65535) + [0, 0, 0, 0] + options + payload
    }

    /// An IPv4 header (total length from the payload unless given) and payload.
    static func ipv4(
        _ payload: [UInt8], source: [UInt8] = client, destination: [UInt8] = server, protocolNumber: UInt8 = 6,
        identification: Int = 1, moreFragments: Bool = false, fragmentOffset: Int = 0, totalLength: Int? = nil,
        options: [UInt8] = []
    ) -> [UInt8] {
        let headerLength = 20 + options.count
        let flags = (moreFragments ? 0x2000 : 0) | fragmentOffset / 8
        return [UInt8(0x40 | headerLength / 4), 0] + be16(totalLength ?? headerLength + payload.count)
            + be16(identification) + be16(flags) + [64, protocolNumber, 0, 0] + source + destination + options + payload
    }

    /// An IPv6 header and payload (`payloadLength` defaults to the payload's size).
    static func ipv6(
        _ payload: [UInt8], nextHeader: UInt8 = 6, source: [UInt8] = address6(1), destination: [UInt8] = address6(2),
        payloadLength: Int? = nil
    ) -> [UInt8] {
        [0x60, 0, 0, 0] + be16(payloadLength ?? payload.count) + [nextHeader, 64] + source + destination + payload
    }

    /// 2001:db8::`last`.
    static func address6(_ last: UInt8) -> [UInt8] {
        [0x20, 0x01, 0x0D, 0xB8] + [UInt8](repeating: 0, count: 11) + [last]
    }

    /// An IPv6 Fragment header.
    static func fragmentHeader(next: UInt8 = 6, offset: Int, more: Bool, identification: UInt32) -> [UInt8] {
        [next, 0] + be16(offset | (more ? 1 : 0)) + be32(identification)
    }

    static func ethernet(_ payload: [UInt8], type: Int = 0x0800) -> [UInt8] {
        [UInt8](repeating: 0, count: 6) + [0, 0, 0, 0, 0, 1] + be16(type) + payload
    }

    /// An ICMP error message (type, code, 4 unused bytes) quoting `quoted`.
    static func icmp(type: UInt8, _ quoted: [UInt8]) -> [UInt8] { [type, 0, 0, 0, 0, 0, 0, 0] + quoted }
}

/// Value copies of what a decode returned, so a test can look at them after the frame's memory
/// is gone.
struct Decoded: Equatable {
    var source: Endpoint
    var destination: Endpoint
    var sequenceNumber: UInt32
    var flags: TCPFlags
    var headerLength: Int
    var isHeaderComplete: Bool
    var segmentLength: Int
    var isSegmentLengthKnown: Bool
    var isQuotedInICMP: Bool
    var payload: [UInt8]
    var optionVerdict: TCPOptionVerdict

    init(_ segment: TCPSegment) {
        source = segment.source
        destination = segment.destination
        sequenceNumber = segment.sequenceNumber
        flags = segment.flags
        headerLength = segment.headerLength
        isHeaderComplete = segment.isHeaderComplete
        segmentLength = segment.segmentLength
        isSegmentLengthKnown = segment.isSegmentLengthKnown
        isQuotedInICMP = segment.isQuotedInICMP
        payload = Array(segment.payload)
        optionVerdict = segment.optionVerdict
    }
}

extension PacketDecoder {
    /// Decodes `frame` (captured whole unless `originalLength` says the wire frame was longer).
    mutating func decode(_ frame: [UInt8], linkType: LinkType = .ethernet, originalLength: Int? = nil) -> Decoded? {
        frame.withUnsafeBytes { bytes in
            decode(linkType: linkType, bytes: bytes, originalLength: originalLength ?? frame.count).map(Decoded.init)
        }
    }
}
