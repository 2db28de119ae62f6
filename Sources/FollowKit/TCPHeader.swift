import FrameFields
import PacketDecoding

/// A frame's TCP header, as decoded (the innermost one; possibly one an ICMP error quotes).
public struct TCPHeader {
    let segment: TCPSegment

    /// The sender.
    public var source: Endpoint { Endpoint(segment.source) }
    /// The receiver.
    public var destination: Endpoint { Endpoint(segment.destination) }
    /// The sequence number as sent.
    public var sequenceNumber: UInt32 { segment.sequenceNumber }
    /// The acknowledgment number as sent.
    public var acknowledgmentNumber: UInt32 { segment.acknowledgmentNumber }
    /// The flag bits.
    public var flags: TCPFlags { TCPFlags(rawValue: segment.flags.rawValue) }
    /// The header length (the data offset times four).
    public var headerLength: Int { segment.headerLength }
    /// The payload that was captured, lent like the frame's bytes.
    public var payload: UnsafeRawBufferPointer { segment.payload }
    /// Whether the header lies in the packet an ICMP error quotes (such a header numbers a
    /// stream but never reaches follow).
    public var isQuotedInICMPError: Bool { segment.isQuotedInICMP }
    /// Whether the whole header was captured.
    public var isHeaderComplete: Bool { segment.isHeaderComplete }
}

/// The flag bits of a TCP header (the low 12 bits of the word at offset 12, reserved bits
/// included).
public struct TCPFlags: OptionSet, Hashable, Sendable {
    /// The bits.
    public var rawValue: UInt16

    /// Flags from their bits.
    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// FIN: no more data from the sender.
    public static let fin = TCPFlags(rawValue: 0x001)
    /// SYN: synchronise sequence numbers.
    public static let syn = TCPFlags(rawValue: 0x002)
    /// RST: reset the connection.
    public static let rst = TCPFlags(rawValue: 0x004)
    /// PSH: push.
    public static let psh = TCPFlags(rawValue: 0x008)
    /// ACK: the acknowledgment number is valid.
    public static let ack = TCPFlags(rawValue: 0x010)
    /// URG: the urgent pointer is valid.
    public static let urg = TCPFlags(rawValue: 0x020)
    /// ECE: ECN echo.
    public static let ece = TCPFlags(rawValue: 0x040)
    /// CWR: congestion window reduced.
    public static let cwr = TCPFlags(rawValue: 0x080)
    /// NS: ECN nonce (now reserved).
    public static let ns = TCPFlags(rawValue: 0x100)
}

/// One UDP or UDP-Lite header of a frame.
public struct UDPHeader {
    let datagram: UDPDatagram
    /// The header's `udp.stream`, when it was read through a ``FrameReader``; nil for a header
    /// that fails tshark's length check, and for frames decoded by a ``FrameDecoder``.
    public let stream: UInt32?

    /// The sender (port 0 when the header was cut before it).
    public var source: Endpoint { Endpoint(datagram.source) }
    /// The receiver (port 0 when the header was cut before it).
    public var destination: Endpoint { Endpoint(datagram.destination) }
    /// Whether it is UDP-Lite.
    public var isLite: Bool { datagram.isLite }
    /// Whether the header lies in the packet an ICMP error quotes.
    public var isQuotedInICMPError: Bool { datagram.isQuoted }
    /// The payload that reaches tshark's follow (nil when tshark's length checks stop the
    /// datagram before its payload), lent like the frame's bytes.
    public var payload: UnsafeRawBufferPointer? { datagram.followPayload }
}

/// The UDP and UDP-Lite headers of one frame, outermost first: a view that copies nothing.
public struct UDPHeaders: RandomAccessCollection {
    let trail: LayerTrail
    /// The `udp.stream` of each header, when the frame was numbered.
    let streams: UDPStreamNumbers?

    /// 0.
    public var startIndex: Int { 0 }
    /// How many UDP headers the frame has.
    public var endIndex: Int { trail.udpCount }

    /// The UDP header at `position` (0 is the outermost).
    public subscript(position: Int) -> UDPHeader {
        precondition(indices.contains(position), "UDP header index out of range")
        var seen = 0
        for index in 0..<trail.count where trail[index].kind.isUDP {
            if seen == position, let datagram = trail.udpDatagram(at: index) {
                return UDPHeader(datagram: datagram, stream: streams?[position])
            }
            seen += 1
        }
        preconditionFailure("the frame's UDP layers changed")
    }
}
