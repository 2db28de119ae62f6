/// What a follow produces, as owned values: the form ``FollowEvents`` delivers, for code that
/// keeps records past the handler call or hands them to other tasks.
public enum FollowEvent: Hashable, Sendable {
    /// The stream's nodes are known (``FollowHandler/streamBegan(_:node0:node1:)``).
    case streamBegan(StreamID, node0: Endpoint, node1: Endpoint)
    /// A record, with a copy of its bytes.
    case record(StreamID, node: Int, frameNumber: UInt64, time: CaptureTime, bytes: [UInt8])
    /// Bytes missing from the capture.
    case gap(FollowGap)
    /// No more records come for the stream: the capture ended.
    case streamEnded(StreamID)
}

/// The events of following one stream, or every stream of a protocol, through a capture, as an
/// `AsyncSequence`.
///
/// ```swift
/// for try await event in FollowEvents(try Capture(path: "trace.pcap"), following: .tcp(0)) {
///     if case .record(_, let node, _, _, let bytes) = event { print(node, bytes.count) }
/// }
/// ```
///
/// Reading is synchronous underneath: the iterator reads frames until it has an event, giving
/// other tasks a turn every few thousand frames. Each record's bytes are copied; for the
/// allocation-free path, use ``StreamFollower`` or ``StreamSetFollower`` with a ``FollowHandler``.
/// Iterate it once.
public struct FollowEvents: AsyncSequence {
    /// One event.
    public typealias Element = FollowEvent

    private let capture: Capture
    /// The follower that runs: one of the two.
    private let one: StreamFollower?
    private let every: StreamSetFollower?
    private let options: DissectionOptions

    /// The events of following `target` through `capture`.
    public init(_ capture: Capture, following target: FollowTarget, options: DissectionOptions = DissectionOptions()) {
        self.capture = capture
        one = StreamFollower(target)
        every = nil
        self.options = options
    }

    /// The events of following every stream (or `streams`) of `transport` through `capture`.
    public init(
        _ capture: Capture, followingAll transport: TransportProtocol, streams: Set<UInt32>? = nil,
        options: DissectionOptions = DissectionOptions()
    ) {
        self.capture = capture
        one = nil
        every = StreamSetFollower(transport, streams: streams)
        self.options = options
    }

    /// An iterator that reads the capture.
    public func makeAsyncIterator() -> Iterator {
        Iterator(frames: FrameReader(capture, options: options), one: one, every: every)
    }

    /// Reads frames until the follower produces events, and hands them out one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        private var frames: FrameReader
        // Two optionals rather than an enum, so that each is mutated in place, never copied.
        private var one: StreamFollower?
        private var every: StreamSetFollower?
        private var queue = EventQueue()
        private var finished = false

        fileprivate init(frames: FrameReader, one: StreamFollower?, every: StreamSetFollower?) {
            self.frames = frames
            self.one = one
            self.every = every
        }

        /// The next event, or nil after the capture's last.
        /// - Throws: ``CaptureError`` for a damaged capture, after the events of the frames before it.
        public mutating func next() async throws -> FollowEvent? {
            var framesSinceYield = 0
            while queue.isEmpty && !finished {
                guard let frame = try frames.next() else {
                    finish()
                    break
                }
                one?.process(frame, into: &queue)
                every?.process(frame, into: &queue)
                framesSinceYield += 1
                if framesSinceYield == 4096 {
                    framesSinceYield = 0
                    await Task.yield()
                }
            }
            return queue.pop()
        }

        private mutating func finish() {
            finished = true
            one?.finish(into: &queue)
            every?.finish(into: &queue)
        }
    }
}

/// Collects a follower's output as owned events, first in, first out.
private struct EventQueue: FollowHandler {
    private var events: [FollowEvent] = []
    private var next = 0

    var isEmpty: Bool { next == events.count }

    mutating func pop() -> FollowEvent? {
        guard next < events.count else { return nil }
        defer {
            next += 1
            if next == events.count {
                events.removeAll(keepingCapacity: true)
                next = 0
            }
        }
        return events[next]
    }

    mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint) {
        events.append(.streamBegan(stream, node0: node0, node1: node1))
    }

    mutating func record(_ record: FollowRecord) {
        events.append(
            .record(
                record.stream, node: record.node, frameNumber: record.frameNumber, time: record.time,
                bytes: Array(record.bytes)))
    }

    mutating func gap(_ gap: FollowGap) {
        events.append(.gap(gap))
    }

    mutating func streamEnded(_ stream: StreamID) {
        events.append(.streamEnded(stream))
    }
}
