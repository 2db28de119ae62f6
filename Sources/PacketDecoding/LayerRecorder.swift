/// Where the decoder writes down the layers it passes through in a frame: a fixed-capacity
/// record allocated once, so that recording allocates nothing per frame.
///
/// A class so that a ``LayerTrail`` can point into it after `decode` returns; the decoder
/// replaces it instead of writing through it when it is shared with a copy of the decoder. The
/// record is reached through a pointer, which keeps runtime exclusivity checks out of the loop.
final class LayerRecorder {
    /// The recorded layers and the buffers they point into.
    let record: UnsafeMutablePointer<LayerRecord>

    init() {
        record = .allocate(capacity: 1)
        record.initialize(to: LayerRecord())
    }

    deinit {
        record.deallocate()
    }
}

/// The layers recorded for one frame: what a ``LayerTrail`` reads.
struct LayerRecord {
    /// Most layers recorded per frame: Ethernet, three VLAN tags, two IP headers (a tunnel or an
    /// ICMP quote), TCP, and room for an encapsulated Ethernet and its IP. A deeper frame keeps
    /// its outermost layers only.
    static let capacity = 10

    /// Number of layers recorded.
    var count = 0
    /// The captured frame.
    var frame = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The datagrams reassembled while decoding the frame, one after another (empty when none
    /// was completed): ``ReassemblyBuffer/assembled``, updated after each one.
    var reassembled = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The layers, in the first `count` slots.
    var layers:
        (
            DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer,
            DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer, DecodedLayer
        ) = (.none, .none, .none, .none, .none, .none, .none, .none, .none, .none)

    /// Forgets the previous frame's layers.
    @inline(__always)
    mutating func reset(frame: UnsafeRawBufferPointer) {
        count = 0
        self.frame = frame
        reassembled = UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Records a layer whose bytes, header first, are `span` (a slice of the frame, or of the
    /// datagram reassembled last) and whose length on the wire is `reportedLength`; dropped when
    /// the record is full.
    ///
    /// The span becomes offsets from the start of its source now: a later datagram of the same
    /// frame may move the reassembled bytes (keeping their offsets), which would leave an
    /// address pointing into memory the trail no longer reads.
    @inline(__always)
    mutating func add(
        _ kind: DecodedLayer.Kind, span: UnsafeRawBufferPointer, headerLength: Int, reportedLength: Int,
        isReassembled: Bool, isQuoted: Bool
    ) {
        guard count < Self.capacity else { return }
        let source = isReassembled ? reassembled : frame
        let offset =
            span.baseAddress.map { Int(bitPattern: $0) &- Int(bitPattern: source.baseAddress) } ?? 0
        let layer = DecodedLayer(
            kind: kind, isReassembled: isReassembled, isQuoted: isQuoted, offset: offset,
            headerLength: headerLength, end: offset &+ span.count, reportedLength: reportedLength)
        withUnsafeMutableBytes(of: &layers) {
            $0.storeBytes(of: layer, toByteOffset: count &* MemoryLayout<DecodedLayer>.stride, as: DecodedLayer.self)
        }
        count &+= 1
    }

    /// The layer at `index` (`0..<count`, else an empty placeholder), with offsets from the start
    /// of its bytes source.
    func layer(at index: Int) -> DecodedLayer {
        guard index >= 0, index < count else { return .none }
        return withUnsafeBytes(of: layers) {
            $0.load(fromByteOffset: index &* MemoryLayout<DecodedLayer>.stride, as: DecodedLayer.self)
        }
    }
}
