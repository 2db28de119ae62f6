/// The layers the decoder passed through for the last decoded frame, outermost first, kept in a
/// fixed-capacity inline buffer so that recording them allocates nothing.
///
/// Holds pointers to the frame and to the decoder's reassembled datagram: valid until the next
/// decode, like the frame bytes themselves. A frame deeper than ``capacity`` layers keeps its
/// outermost ones only.
package struct LayerTrail {
    /// Most layers recorded per frame: Ethernet, three VLAN tags, two IP headers (a tunnel or an
    /// ICMP quote), TCP, and room for an encapsulated Ethernet.
    package static let capacity = 10

    private var storage:
        (
            DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer,
            DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer
        )
    /// Number of layers recorded.
    package private(set) var count = 0
    /// The captured frame.
    package private(set) var frame = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The datagram reassembled while decoding the frame (empty when none was completed).
    package private(set) var reassembled = UnsafeRawBufferPointer(start: nil, count: 0)

    package init() {
        let empty = DecodedLayer(kind: .ethernet, isReassembled: false, offset: 0, headerLength: 0, end: 0)
        storage = (empty, empty, empty, empty, empty, empty, empty, empty, empty, empty)
    }

    /// The layer at `index` (`0..<count`); an empty Ethernet layer out of range.
    package subscript(index: Int) -> DecodedLayer {
        guard index >= 0, index < count else {
            return DecodedLayer(kind: .ethernet, isReassembled: false, offset: 0, headerLength: 0, end: 0)
        }
        return withUnsafeBytes(of: storage) {
            $0.load(fromByteOffset: index * MemoryLayout<DecodedLayer>.stride, as: DecodedLayer.self)
        }
    }

    /// The bytes of `layer`, from its header to its searchable end.
    package func bytes(of layer: DecodedLayer) -> UnsafeRawBufferPointer {
        let source = layer.isReassembled ? reassembled : frame
        let start = min(max(layer.offset, 0), source.count)
        let end = min(max(layer.end, start), source.count)
        return UnsafeRawBufferPointer(rebasing: source[start..<end])
    }

    /// Forgets the previous frame's layers.
    mutating func reset(frame: UnsafeRawBufferPointer) {
        count = 0
        self.frame = frame
        reassembled = UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Notes the datagram that inner layers marked as reassembled point into.
    mutating func setReassembled(_ datagram: UnsafeRawBufferPointer) {
        reassembled = datagram
    }

    /// Records a layer whose bytes, header first, are `span` (a slice of the frame or of the
    /// reassembled datagram); dropped when the trail is full.
    mutating func record(_ kind: DecodedLayer.Kind, span: UnsafeRawBufferPointer, headerLength: Int, isReassembled: Bool) {
        guard count < Self.capacity else { return }
        let base = Int(bitPattern: (isReassembled ? reassembled : frame).baseAddress)
        let offset = span.baseAddress.map { Int(bitPattern: $0) - base } ?? 0
        let layer = DecodedLayer(
            kind: kind, isReassembled: isReassembled, offset: offset, headerLength: headerLength,
            end: offset + span.count)
        withUnsafeMutableBytes(of: &storage) {
            $0.storeBytes(of: layer, toByteOffset: count * MemoryLayout<DecodedLayer>.stride, as: DecodedLayer.self)
        }
        count += 1
    }
}
