import FollowOutput
import FrameFields
import PacketDecoding
import TCPReassembly

/// Frames the reading thread of `--jobs` hands one worker at a time: each frame's follow view
/// with its payload copied into the batch's own bytes (the reader's buffer is reused at the next
/// frame), and the orders to finish streams, in capture order.
///
/// A batch is filled by the reading thread, then read by one worker, then emptied and filled
/// again: it passes between them through a ``BatchChannel``, whose semaphores order the
/// accesses, hence `@unchecked Sendable` (and no runtime exclusivity checks: one thread at a
/// time). Its storage is kept from one use to the next, so a run allocates nothing per frame.
final class FrameBatch: @unchecked Sendable {
    /// One entry: what it is, and the follow view it carries with its payload as an offset.
    private struct Entry {
        enum Kind {
            /// A TCP frame that reaches follow.
            case segment(TCPFlags)
            /// The start of a frame's datagrams for one UDP stream: the next `count` entries are
            /// its payloads; `position` is the stream's among the frame's.
            case datagrams(position: UInt32, count: Int)
            /// One payload of the preceding ``datagrams(position:count:)``.
            case datagram
            /// The order to finish the stream.
            case finish(FollowProtocol)
        }

        var kind: Kind
        var stream: UInt32
        /// Its `payload` is empty: the bytes are at `payloadOffset` in the batch.
        var segment: FollowSegment
        var payloadOffset: Int
        var payloadCount: Int
    }

    @exclusivity(unchecked) private var entries: [Entry] = []
    @exclusivity(unchecked) private var bytes: UnsafeMutableRawBufferPointer
    @exclusivity(unchecked) private var used = 0
    /// The last frame the reading thread had read when it handed the batch over.
    @exclusivity(unchecked) var through: UInt64 = 0
    /// Whether the reading thread has read the whole capture (or stopped): the worker's last batch.
    @exclusivity(unchecked) var isLast = false

    /// Payload bytes a batch holds before the reading thread hands it over.
    static let byteCapacity = 1 << 18

    init() {
        bytes = .allocate(byteCount: Self.byteCapacity, alignment: 16)
    }

    deinit {
        bytes.deallocate()
    }

    /// Whether its payloads fill the batch, so that it should be handed over.
    var isFull: Bool { used >= Self.byteCapacity }

    /// Adds a TCP frame of `stream`.
    func addSegment(_ segment: FollowSegment, flags: TCPFlags, stream: UInt32) {
        entries.append(
            Entry(
                kind: .segment(flags), stream: stream, segment: segment, payloadOffset: copy(segment.payload),
                payloadCount: segment.payload.count))
    }

    /// Adds every UDP payload of `frame` that reaches follow, for its stream `stream` at
    /// `position` among the frame's (``DatagramFollower`` feeds each stream all of them).
    func addDatagrams(of frame: FrameFieldView, stream: UInt32, position: UInt32) {
        let start = entries.count
        var header = Entry(
            kind: .datagrams(position: position, count: 0), stream: stream, segment: .empty, payloadOffset: 0,
            payloadCount: 0)
        header.segment.frameNumber = frame.number
        header.segment.timestamp = frame.timestamp
        entries.append(header)
        frame.forEachFollowedDatagram { payload, sender, receiver in
            var segment = header.segment
            segment.source = sender
            segment.destination = receiver
            entries.append(
                Entry(
                    kind: .datagram, stream: stream, segment: segment, payloadOffset: copy(payload),
                    payloadCount: payload.count))
        }
        entries[start].kind = .datagrams(position: position, count: entries.count - start - 1)
    }

    /// Adds the order to finish `key`.
    func addFinish(_ key: StreamKey) {
        entries.append(
            Entry(kind: .finish(key.followed), stream: key.stream, segment: .empty, payloadOffset: 0, payloadCount: 0))
    }

    /// Calls `body` with each piece of work in order; payloads are valid during the call.
    func forEach(_ body: (HandedWork) -> Void) {
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            switch entry.kind {
            case .segment(let flags):
                body(.segment(stream: entry.stream, withPayload(entry), flags))
            case .datagrams(let position, let count):
                let datagrams = HandedDatagrams(
                    batch: self, range: (index + 1)..<(index + 1 + count), frameNumber: entry.segment.frameNumber,
                    timestamp: entry.segment.timestamp)
                body(.datagrams(stream: entry.stream, position: position, datagrams))
                index += count
            case .datagram:
                break
            case .finish(let followed):
                body(.finish(StreamKey(followed: followed, stream: entry.stream)))
            }
            index += 1
        }
    }

    /// Calls `body` with each payload of `range` (``HandedDatagrams``) and its endpoints.
    func forEachDatagram(
        in range: Range<Int>, _ body: (UnsafeRawBufferPointer, Endpoint, Endpoint) -> Void
    ) {
        for index in range {
            let segment = withPayload(entries[index])
            body(segment.payload, segment.source, segment.destination)
        }
    }

    /// Empties the batch for the next use, keeping its storage (unless a giant frame grew it).
    func reset() {
        entries.removeAll(keepingCapacity: true)
        used = 0
        through = 0
        isLast = false
        if bytes.count > 4 * Self.byteCapacity {
            bytes.deallocate()
            bytes = .allocate(byteCount: Self.byteCapacity, alignment: 16)
        }
    }

    /// The entry's segment with its payload pointing into the batch.
    private func withPayload(_ entry: Entry) -> FollowSegment {
        var segment = entry.segment
        segment.payload = UnsafeRawBufferPointer(
            rebasing: bytes[entry.payloadOffset..<(entry.payloadOffset + entry.payloadCount)])
        return segment
    }

    /// Copies `payload` after the bytes held, growing the storage if a frame needs it; returns
    /// where it starts.
    private func copy(_ payload: UnsafeRawBufferPointer) -> Int {
        let offset = used
        if used + payload.count > bytes.count {
            let grown = UnsafeMutableRawBufferPointer.allocate(
                byteCount: max(bytes.count * 2, used + payload.count), alignment: 16)
            grown.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[..<used]))
            bytes.deallocate()
            bytes = grown
        }
        UnsafeMutableRawBufferPointer(rebasing: bytes[used..<(used + payload.count)]).copyMemory(from: payload)
        used += payload.count
        return offset
    }
}

extension FollowSegment {
    /// A placeholder whose fields the batch fills.
    fileprivate static var empty: FollowSegment {
        FollowSegment(
            source: Endpoint(address: .v4(0), port: 0), destination: Endpoint(address: .v4(0), port: 0),
            sequence: SequenceNumber(0),
            acknowledgment: SequenceNumber(0), segmentLength: 0, payload: UnsafeRawBufferPointer(start: nil, count: 0),
            frameNumber: 0, timestamp: .zero)
    }
}
