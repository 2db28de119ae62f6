import CaptureFile
import PacketDecoding

/// One frame as the capture file holds it, before any dissection.
///
/// The bytes are lent: they stay valid until the ``Capture`` reads the next frame. Copy them
/// (`Array(frame.bytes)`) to keep them longer.
public struct CapturedFrame {
    /// The link-layer header type of the frame's interface.
    public var linkType: LinkType
    /// When the frame was captured.
    public var time: CaptureTime
    /// The frame's length on the wire; ``bytes`` may hold fewer (the snapshot length).
    public var originalLength: Int
    /// The captured bytes, valid until the next read.
    public var bytes: UnsafeRawBufferPointer
    /// The frame's interface: 0 in a pcap file; in pcapng, the position of its interface
    /// description among all those of the file.
    public var interfaceIndex: Int

    init(_ frame: CaptureFile.CapturedFrame) {
        linkType = LinkType(rawValue: frame.linkType.rawValue)
        time = CaptureTime(frame.timestamp)
        originalLength = frame.originalLength
        bytes = frame.bytes
        interfaceIndex = frame.interfaceIndex
    }
}

/// A link-layer header type (libpcap's `LINKTYPE_` numbers), which says how a frame begins.
public struct LinkType: RawRepresentable, Hashable, Sendable {
    /// The `LINKTYPE_` number.
    public var rawValue: UInt32

    /// The link type with `LINKTYPE_` number `rawValue`.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Ethernet (`LINKTYPE_ETHERNET`, 1).
    public static let ethernet = LinkType(rawValue: 1)
    /// An IPv4 or IPv6 packet with no link header (`LINKTYPE_RAW`, 101).
    public static let raw = LinkType(rawValue: 101)
    /// Linux cooked capture (`LINKTYPE_LINUX_SLL`, 113), what `-i any` gives.
    public static let linuxSLL = LinkType(rawValue: 113)

    var decoding: PacketDecoding.LinkType { .init(rawValue: rawValue) }
}
