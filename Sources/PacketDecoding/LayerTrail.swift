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
