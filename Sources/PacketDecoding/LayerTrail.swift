/// The layers the decoder passed through for the last decoded frame, outermost first: a
/// pointer-sized view of what the decoder recorded.
///
/// Like the frame bytes, it is valid until the next decode: it points into the decoder's
/// record, which points into the frame and the decoder's reassembled datagrams.
package struct LayerTrail {
    private let record: UnsafePointer<LayerRecord>?

    init(record: UnsafePointer<LayerRecord>) {
        self.record = record
    }

    /// A trail with no layer and no bytes.
    package init() {
        record = nil
    }

    /// Number of layers recorded.
    package var count: Int { record?.pointee.count ?? 0 }
    /// The captured frame.
    package var frame: UnsafeRawBufferPointer { record?.pointee.frame ?? UnsafeRawBufferPointer(start: nil, count: 0) }
    /// The datagrams reassembled while decoding the frame, one after another (empty when none
    /// was completed); offsets of layers found in them count from its start.
    package var reassembled: UnsafeRawBufferPointer {
        record?.pointee.reassembled ?? UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// The numbers (as given to ``PacketDecoder/decode(linkType:bytes:originalLength:frameNumber:)``)
    /// of the frames that carried the fragments of the datagrams reassembled while decoding this
    /// frame, this frame included, in arrival order per datagram; empty when none was completed.
    package var fragmentFrames: UnsafeBufferPointer<UInt64> {
        record?.pointee.fragmentFrames ?? UnsafeBufferPointer(start: nil, count: 0)
    }

    /// The layer at `index` (`0..<count`); an empty Ethernet layer out of range.
    package subscript(index: Int) -> DecodedLayer {
        guard let record, index >= 0, index < record.pointee.count else { return .none }
        return record.pointee.layer(at: index)
    }

    /// The bytes of `layer`, from its header to its searchable end.
    package func bytes(of layer: DecodedLayer) -> UnsafeRawBufferPointer {
        let source = layer.isReassembled ? reassembled : frame
        let start = min(max(layer.offset, 0), source.count)
        let end = min(max(layer.end, start), source.count)
        return UnsafeRawBufferPointer(rebasing: source[start..<end])
    }
}

extension LayerTrail {
    /// How many UDP and UDP-Lite layers the frame has (0 for most TCP frames, which then skip UDP
    /// work).
    package var udpCount: Int { record?.pointee.udpCount ?? 0 }

    /// The addresses and ports tshark's taps see once the frame is dissected.
    package var tapEndpoints: TapEndpoints { record?.pointee.tapEndpoints ?? TapEndpoints() }

    /// The UDP (or UDP-Lite) header of the layer at `index` as tshark reads it, or nil when that
    /// layer is neither.
    package func udpDatagram(at index: Int) -> UDPDatagram? {
        guard let record, index >= 0, index < record.pointee.count else { return nil }
        let layer = record.pointee.layer(at: index)
        guard layer.kind.isUDP else { return nil }
        return UDPDatagram(
            layer: layer, bytes: bytes(of: layer), addresses: record.pointee.addresses(at: index))
    }
}
