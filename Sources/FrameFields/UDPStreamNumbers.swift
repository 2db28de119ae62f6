/// The `udp.stream` of each UDP layer of one frame, in layer order, stored inline so that
/// numbering a frame allocates nothing.
///
/// A frame has several UDP layers only when a tunnel nests them (VXLAN, GTP-U, an ICMP error
/// quoting a datagram); dissection depth bounds them well below ``capacity``.
package struct UDPStreamNumbers: Sendable {
    /// The most UDP layers numbered per frame; the rest get no stream.
    package static let capacity = 8
    /// The marker of a UDP layer without a stream (its header failed the length check).
    private static let none = UInt32.max

    private var storage: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (.max, .max, .max, .max, .max, .max, .max, .max)
    /// How many UDP layers are recorded (with or without a stream).
    package private(set) var count = 0

    package init() {}

    /// Forgets the previous frame's numbers.
    mutating func removeAll() {
        count = 0
    }

    /// Records the stream of the next UDP layer (nil: it has none); dropped past ``capacity``.
    mutating func append(_ stream: UInt32?) {
        guard count < Self.capacity else { return }
        let value = stream ?? Self.none
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: count * 4, as: UInt32.self) }
        count += 1
    }

    /// The stream of the UDP layer at `position` (0-based among the frame's UDP layers).
    package subscript(position: Int) -> UInt32? {
        guard position >= 0, position < count else { return nil }
        let value = withUnsafeBytes(of: storage) { $0.load(fromByteOffset: position * 4, as: UInt32.self) }
        return value == Self.none ? nil : value
    }

    /// Whether any UDP layer of the frame belongs to `stream`.
    package func contains(_ stream: UInt32) -> Bool {
        (0..<count).contains { self[$0] == stream }
    }
}
