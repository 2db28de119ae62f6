import FollowCore
import FrameFields
import PacketDecoding

/// A frame read through a ``FrameReader``: decoded, and its TCP and UDP headers numbered into
/// streams exactly as Wireshark numbers `tcp.stream` and `udp.stream`.
///
/// A view: it copies nothing from the capture, and its bytes (``bytes``, the layers, payloads)
/// are valid until the reader reads the next frame.
public struct Frame {
    @usableFromInline let view: FrameFieldView

    /// For ``FrameReader/next()``, which is inlinable: compiled into the client, where the optimizer
    /// can build the frame in place instead of copying the view (and the Optional) per frame.
    @usableFromInline init(view: FrameFieldView) { self.view = view }

    /// The frame number, from 1 (`frame.number`).
    public var number: UInt64 { view.number }
    /// When it was captured.
    public var time: CaptureTime { CaptureTime(view.timestamp) }
    /// Its length on the wire (`frame.len`).
    public var originalLength: Int { view.originalLength }
    /// The captured bytes.
    public var bytes: UnsafeRawBufferPointer { view.layers.frame }
    /// The protocol layers, outermost first.
    public var layers: Layers { Layers(trail: view.layers) }
    /// The frame's TCP header (the innermost; possibly quoted in an ICMP error), if any.
    public var tcp: TCPHeader? { view.segment.map(TCPHeader.init) }
    /// The `tcp.stream` of the TCP header. Every header gets one, even a header an ICMP error
    /// quotes or one cut short, because Wireshark numbers them all.
    public var tcpStream: UInt32? { view.assignment?.stream }
    /// The TCP sequence number relative to the stream's first (Wireshark's `tcp.seq` with its
    /// default preferences).
    public var relativeSequenceNumber: UInt32? { view.assignment?.relativeSequence }
    /// The UDP and UDP-Lite headers, outermost first, each with its `udp.stream`.
    public var udp: UDPHeaders { UDPHeaders(trail: view.layers, streams: view.udpStreams) }
    /// Whether the frame reaches Wireshark's TCP follow: it has a TCP header, captured whole,
    /// not quoted in an ICMP error, with no option Wireshark's dissector stops at.
    public var reachesTCPFollow: Bool { FollowFrameReader.Frame(view) != nil }
}
