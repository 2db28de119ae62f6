/// Where the decoder writes down the layers it passes through in a frame: a fixed-capacity
/// record allocated once, so that recording allocates nothing per frame.
///
/// A class so that a ``LayerTrail`` can point into it after `decode` returns; the decoder
/// replaces it instead of writing through it when it is shared with a copy of the decoder. The
/// record is reached through a pointer, which keeps runtime exclusivity checks out of the loop.
final class LayerRecorder {
    /// The recorded layers and the buffers they point into.
    let record: UnsafeMutablePointer<LayerRecord>

    /// The layer slots the record points into.
    private let slots: UnsafeMutablePointer<DecodedLayer>
    /// The address slots the record points into, one per layer slot.
    private let addressSlots: UnsafeMutablePointer<AddressPair>

    init() {
        slots = .allocate(capacity: LayerRecord.capacity)
        slots.initialize(repeating: .none, count: LayerRecord.capacity)
        addressSlots = .allocate(capacity: LayerRecord.capacity)
        addressSlots.initialize(repeating: AddressPair.unspecified, count: LayerRecord.capacity)
        record = .allocate(capacity: 1)
        record.initialize(to: LayerRecord(slots: slots, addressSlots: addressSlots))
    }

    deinit {
        record.deallocate()
        slots.deallocate()
        addressSlots.deallocate()
    }
}

/// The layers recorded for one frame: what a ``LayerTrail`` reads.
struct LayerRecord {
    /// Most layers recorded per frame: more than dissection ever enters
    /// (``DissectionContext/maximumDepth``), so that a stack of 20 VLAN tags (tshark's limit)
    /// still has its IP and TCP layers recorded.
    static let capacity = 32

    /// Number of layers recorded.
    var count = 0
    /// The captured frame.
    var frame = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The datagrams reassembled while decoding the frame, one after another (empty when none
    /// was completed): ``ReassemblyBuffer/assembled``, updated after each one.
    var reassembled = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The numbers of the frames whose fragments made those datagrams, in the order they were
    /// added (empty when none was completed): ``ReassemblyBuffer/fragmentFrames``.
    var fragmentFrames = UnsafeBufferPointer<UInt64>(start: nil, count: 0)
    /// The layers, in the first `count` of ``capacity`` slots (owned by the ``LayerRecorder``).
    let slots: UnsafeMutablePointer<DecodedLayer>
    /// For each UDP layer, the addresses of the IP header it lies in (slot by slot with `slots`;
    /// other layers' slots are stale).
    let addressSlots: UnsafeMutablePointer<AddressPair>
    /// How many of the layers are UDP or UDP-Lite, so that frames without UDP skip looking.
    var udpCount = 0
    /// What tshark's packet info holds once the whole frame is dissected, which is what its UDP
    /// follow tap reads: the addresses of the last IP header and the ports of the last TCP or UDP
    /// header (``TapEndpoints``).
    var tapEndpoints = TapEndpoints()

    /// Forgets the previous frame's layers.
    @inline(__always)
    mutating func reset(frame: UnsafeRawBufferPointer) {
        count = 0
        udpCount = 0
        tapEndpoints = TapEndpoints()
        self.frame = frame
        reassembled = UnsafeRawBufferPointer(start: nil, count: 0)
        fragmentFrames = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Records a UDP or UDP-Lite layer (see ``add(_:span:headerLength:reportedLength:isReassembled:isQuoted:)``)
    /// inside an IP header with `addresses`.
    @inline(__always)
    mutating func addUDP(
        span: UnsafeRawBufferPointer, reportedLength: Int, addresses: AddressPair, isLite: Bool, isReassembled: Bool,
        isQuoted: Bool
    ) {
        guard count < Self.capacity else { return }
        addressSlots[count] = addresses
        add(
            isLite ? .udpLite : .udp, span: span, headerLength: 8, reportedLength: reportedLength, isReassembled: isReassembled,
            isQuoted: isQuoted)
        udpCount &+= 1
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
        slots[count] = layer
        count &+= 1
    }

    /// The layer at `index` (`0..<count`, else an empty placeholder), with offsets from the start
    /// of its bytes source.
    func layer(at index: Int) -> DecodedLayer {
        guard index >= 0, index < count else { return .none }
        return slots[index]
    }

    /// The addresses of the UDP layer at `index`.
    func addresses(at index: Int) -> AddressPair {
        guard index >= 0, index < count else { return .unspecified }
        return addressSlots[index]
    }
}
