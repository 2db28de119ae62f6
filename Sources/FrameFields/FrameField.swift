import DisplayFilter

/// The registry fields a ``FrameFieldView`` answers, named as in `FieldRegistry.standard`.
enum FrameField: String, CaseIterable {
    case frame = "frame"
    case frameNumber = "frame.number"
    case frameTimeEpoch = "frame.time_epoch"
    case frameLength = "frame.len"
    case frameCapturedLength = "frame.cap_len"
    case ethernet = "eth"
    case ethernetSource = "eth.src"
    case ethernetDestination = "eth.dst"
    case ethernetAddress = "eth.addr"
    case vlan = "vlan"
    case vlanID = "vlan.id"
    case ipv4 = "ip"
    case ipv4Source = "ip.src"
    case ipv4Destination = "ip.dst"
    case ipv4Address = "ip.addr"
    case ipv4Protocol = "ip.proto"
    case ipv4TTL = "ip.ttl"
    case ipv4Length = "ip.len"
    case ipv4MoreFragments = "ip.flags.mf"
    case ipv4FragmentOffset = "ip.frag_offset"
    case ipv6 = "ipv6"
    case ipv6Source = "ipv6.src"
    case ipv6Destination = "ipv6.dst"
    case ipv6Address = "ipv6.addr"
    case ipv6NextHeader = "ipv6.nxt"
    case ipv6HopLimit = "ipv6.hlim"
    case tcp = "tcp"
    case tcpSourcePort = "tcp.srcport"
    case tcpDestinationPort = "tcp.dstport"
    case tcpPort = "tcp.port"
    case tcpStream = "tcp.stream"
    case tcpSequence = "tcp.seq"
    case tcpAcknowledgment = "tcp.ack"
    case tcpRawSequence = "tcp.seq_raw"
    case tcpRawAcknowledgment = "tcp.ack_raw"
    case tcpLength = "tcp.len"
    case tcpFlags = "tcp.flags"
    case tcpSYN = "tcp.flags.syn"
    case tcpACK = "tcp.flags.ack"
    case tcpFIN = "tcp.flags.fin"
    case tcpRST = "tcp.flags.reset"
    case tcpPSH = "tcp.flags.push"
    case tcpURG = "tcp.flags.urg"
    case tcpWindow = "tcp.window_size_value"
    case tcpPayload = "tcp.payload"
    case udp = "udp"
    case udpSourcePort = "udp.srcport"
    case udpDestinationPort = "udp.dstport"
    case udpPort = "udp.port"
    case udpLength = "udp.length"
    case udpChecksum = "udp.checksum"
    case udpStream = "udp.stream"
    case udpPayload = "udp.payload"
    case udpLite = "udplite"
    case udpChecksumCoverage = "udp.checksum_coverage"

    /// The field for each index of `FieldRegistry.standard` (nil for fields never in a frame).
    private static let byRegistryIndex: [FrameField?] = FieldRegistry.standard.fields.map {
        FrameField(rawValue: $0.name)
    }

    /// The field `id` names, or nil when frames never have it.
    static func named(by id: FieldID) -> FrameField? {
        id.index >= 0 && id.index < byRegistryIndex.count ? byRegistryIndex[id.index] : nil
    }
}
