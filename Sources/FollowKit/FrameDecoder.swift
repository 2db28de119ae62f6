import PacketDecoding

/// Decodes frames to their layers, without a capture file or stream numbering: for frames from
/// a source of your own. IP fragments are reassembled across the frames it is given, so give it
/// a capture's frames in order.
public struct FrameDecoder {
    var decoder: PacketDecoder

    /// A decoder with `options`' fragment reassembly preferences (the frame limit is ignored).
    public init(options: DissectionOptions = DissectionOptions()) {
        decoder = PacketDecoder(
            options: .init(defragment: options.reassemblesIPv4Fragments, defragmentIPv6: options.reassemblesIPv6Fragments))
    }

    /// Decodes one frame.
    /// - Parameters:
    ///   - bytes: the captured bytes.
    ///   - linkType: how the frame begins.
    ///   - originalLength: its length on the wire (defaults to the captured length).
    /// - Returns: its layers; valid until the next call, and while `bytes` are.
    public mutating func decode(
        _ bytes: UnsafeRawBufferPointer, linkType: LinkType, originalLength: Int? = nil
    ) -> DecodedFrame {
        let segment = decoder.decode(
            linkType: linkType.decoding, bytes: bytes, originalLength: originalLength ?? bytes.count)
        return DecodedFrame(trail: decoder.layers, segment: segment)
    }

    /// Decodes one frame a ``Capture`` read.
    public mutating func decode(_ frame: CapturedFrame) -> DecodedFrame {
        decode(frame.bytes, linkType: frame.linkType, originalLength: frame.originalLength)
    }
}

/// A frame's layers as a ``FrameDecoder`` found them; a view valid until the next decode.
public struct DecodedFrame {
    let trail: LayerTrail
    let segment: TCPSegment?

    /// The protocol layers, outermost first.
    public var layers: Layers { Layers(trail: trail) }
    /// The TCP header, if any.
    public var tcp: TCPHeader? { segment.map(TCPHeader.init) }
    /// The UDP and UDP-Lite headers, outermost first (without stream numbers).
    public var udp: UDPHeaders { UDPHeaders(trail: trail, streams: nil) }
}
