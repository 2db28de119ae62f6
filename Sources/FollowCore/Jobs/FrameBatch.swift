import Dispatch
import FrameFields
import PacketDecoding
import Synchronization
import TCPReassembly

/// Frames that reach follow, packed by the reading thread for the workers of `--jobs`: each TCP
/// segment (or UDP datagram) with what the follow engine needs and a copy of its payload, all
/// payloads in one buffer, so a batch costs no allocation per frame once its arrays have grown.
///
/// `@unchecked Sendable`: a batch is filled by the reading thread alone, then published through
/// ``BatchRing`` (a semaphore per worker, which orders the writes before the workers' reads),
/// read by the workers, each writing only its own ``outputs`` element, and taken back by the
/// reading thread after ``done`` is signalled by the last worker (which orders the workers' writes
/// before its reads).
final class FrameBatch: @unchecked Sendable {
    /// One TCP segment: ``FollowSegment`` with the payload as a range of ``bytes``.
    struct Segment {
        var stream: UInt32
        var flags: TCPFlags
        var source: Endpoint
        var destination: Endpoint
        var sequence: SequenceNumber
        var acknowledgment: SequenceNumber
        var segmentLength: Int
        var frameNumber: UInt64
        var timestamp: Timestamp
        var payload: Range<Int>
    }

    /// One UDP payload the follow tap receives, with the endpoints it sees.
    struct Datagram {
        var source: Endpoint
        var destination: Endpoint
        var payload: Range<Int>
    }

    /// One UDP stream of a frame: it receives every datagram of the frame (`datagrams`), as
    /// one job feeds them (``DatagramFollower``).
    struct DatagramStream {
        var stream: UInt32
        /// Its place among the frame's distinct streams (the tag's position).
        var position: UInt32
        var frameNumber: UInt64
        var timestamp: Timestamp
        var datagrams: Range<Int>
    }

    /// Payload bytes a batch collects before it is handed over.
    static let capacity = 1 << 20

    private(set) var segments: [Segment] = []
    private(set) var datagrams: [Datagram] = []
    private(set) var datagramStreams: [DatagramStream] = []
    /// The payloads, one after another: ``byteCount`` bytes of ``byteCapacity`` (a raw buffer,
    /// so that appending a payload is one `memcpy`, not a generic array append).
    private var bytes: UnsafeMutableRawPointer
    private var byteCapacity: Int
    private(set) var byteCount = 0
    /// An export's streams whose last frame is in the batch: finished after its frames.
    var dueStreams: [StreamKey] = []
    /// Whether the reading has ended with this batch: the workers settle their streams after it.
    var isLast = false
    /// Each worker's output while processing the batch (``TaggedOutput``), read after ``done``.
    let outputs: [OutputBox]
    /// Workers that have not finished with the batch.
    let remaining = Atomic<Int>(0)
    /// Signalled by the last worker to finish with the batch.
    let done = DispatchSemaphore(value: 0)
    /// Whether the batch is published and not yet taken back (reading thread only).
    var isInFlight = false

    init(workerCount: Int) {
        outputs = (0..<workerCount).map { _ in OutputBox() }
        byteCapacity = Self.capacity + 262_144
        bytes = .allocate(byteCount: byteCapacity, alignment: 16)
    }

    deinit {
        bytes.deallocate()
    }

    /// Copies `payload` after the others; returns where it lies.
    private func store(_ payload: UnsafeRawBufferPointer) -> Range<Int> {
        let start = byteCount
        if start + payload.count > byteCapacity {
            let grown = UnsafeMutableRawPointer.allocate(
                byteCount: max(2 * byteCapacity, start + payload.count), alignment: 16)
            grown.copyMemory(from: bytes, byteCount: start)
            bytes.deallocate()
            bytes = grown
            byteCapacity = max(2 * byteCapacity, start + payload.count)
        }
        if let base = payload.baseAddress {
            (bytes + start).copyMemory(from: base, byteCount: payload.count)
        }
        byteCount += payload.count
        return start..<byteCount
    }

    /// Whether the batch should be handed over.
    var isFull: Bool { byteCount >= Self.capacity || segments.count + datagramStreams.count >= 65_536 }

    /// Empties the batch for reuse (its outputs too), keeping the capacity.
    func reset() {
        segments.removeAll(keepingCapacity: true)
        datagrams.removeAll(keepingCapacity: true)
        datagramStreams.removeAll(keepingCapacity: true)
        byteCount = 0
        dueStreams.removeAll(keepingCapacity: true)
        isLast = false
        for box in outputs { box.output.removeAll() }
    }

    /// Adds a TCP frame that reaches follow.
    func append(_ frame: FollowFrameReader.Frame) {
        let segment = frame.segment
        let payload = store(segment.payload)
        segments.append(
            Segment(
                stream: frame.stream, flags: frame.flags, source: segment.source, destination: segment.destination,
                sequence: segment.sequence, acknowledgment: segment.acknowledgment,
                segmentLength: segment.segmentLength, frameNumber: segment.frameNumber, timestamp: segment.timestamp,
                payload: payload))
    }

    /// Adds a frame with UDP streams: its datagrams once, and each stream `selects` keeps.
    func appendDatagrams(of frame: FrameFieldView, selects: (UInt32) -> Bool) {
        let first = datagrams.count
        var position: UInt32 = 0
        var isPacked = false
        frame.forEachUDPStream { stream in
            defer { position += 1 }
            guard selects(stream) else { return }
            if !isPacked {
                packDatagrams(of: frame)
                isPacked = true
            }
            datagramStreams.append(
                DatagramStream(
                    stream: stream, position: position, frameNumber: frame.number, timestamp: frame.timestamp,
                    datagrams: first..<datagrams.count))
        }
    }

    /// Copies every UDP payload of `frame` that reaches the follow tap.
    private func packDatagrams(of frame: FrameFieldView) {
        let endpoints = frame.layers.tapEndpoints
        frame.forEachUDPHeader { datagram, _, _ in
            if let payload = datagram.followPayload {
                datagrams.append(
                    Datagram(source: endpoints.source, destination: endpoints.destination, payload: store(payload)))
            }
            return true
        }
    }

    /// The engine's view of `segment`, its payload valid during `body`.
    func withFollowSegment<Result>(_ segment: Segment, _ body: (FollowSegment) -> Result) -> Result {
        body(
            FollowSegment(
                source: segment.source, destination: segment.destination, sequence: segment.sequence,
                acknowledgment: segment.acknowledgment, segmentLength: segment.segmentLength,
                payload: payload(segment.payload), frameNumber: segment.frameNumber, timestamp: segment.timestamp))
    }

    /// The stored bytes of `range` (valid until the batch is reset).
    private func payload(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes + range.lowerBound, count: range.count)
    }

    /// The datagrams `entry` receives, their payloads valid during `body`.
    func withDatagrams<Result>(
        of entry: DatagramStream,
        _ body: ([(UnsafeRawBufferPointer, sender: Endpoint, receiver: Endpoint)]) -> Result
    ) -> Result {
        body(datagrams[entry.datagrams].map { (payload($0.payload), $0.source, $0.destination) })
    }

    /// The payload bytes of `range`, valid during `body`.
    func withPayload<Result>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        body(payload(range))
    }
}

/// One worker's output for one batch (see ``FrameBatch`` for who may touch it when).
final class OutputBox: @unchecked Sendable {
    var output = TaggedOutput()
}
