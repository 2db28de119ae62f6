import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture and hands out, one at a time, the frames that reach tshark's follow tap, each
/// numbered (`tcp.stream`) and in the form the follow engine takes (FOLLOW-SPEC R3, R4.1).
///
/// Every TCP header is numbered, even those that never reach follow (ICMP quotes, cut headers),
/// because they still open streams. Shared by the follow pipeline and the search.
struct FollowFrameReader {
    /// One frame for the follow engine. `segment.payload` is valid until the next call to ``next()``.
    struct Frame {
        /// The decoded TCP header.
        fileprivate var tcp: TCPSegment
        fileprivate var assignment: StreamTable.Assignment
        /// When it was captured.
        fileprivate(set) var timestamp: Timestamp
        /// Its length on the wire (`frame.len`), which conversation tables add up.
        fileprivate(set) var originalLength: Int
        fileprivate var frameNumber: UInt64
        fileprivate var relativeSequenceNumbers: Bool

        /// Whether the frame reaches follow; false only for the frames a reader made with
        /// `includesTapOnlyFrames` returns for conversation tables alone.
        let reachesFollow: Bool
        /// Its `tcp.stream` index.
        var stream: UInt32 { assignment.stream }
        /// Its TCP flags (FIN and RST tell when a stream has probably finished).
        var flags: TCPFlags { tcp.flags }
        /// The sender's address and port.
        var source: Endpoint { tcp.source }
        /// The receiver's address and port.
        var destination: Endpoint { tcp.destination }

        /// The engine's view of the frame (R4.1): relative or raw numbers, SYN counting one.
        /// Built on demand: following a few streams, most frames are numbered and dropped.
        var segment: FollowSegment {
            let sequence = relativeSequenceNumbers ? assignment.relativeSequence : tcp.sequenceNumber
            let acknowledgment =
                relativeSequenceNumbers ? assignment.relativeAcknowledgment : tcp.acknowledgmentNumber
            return FollowSegment(
                source: tcp.source, destination: tcp.destination,
                sequence: SequenceNumber(sequence).advanced(by: tcp.flags.contains(.syn) ? 1 : 0),
                acknowledgment: SequenceNumber(acknowledgment),
                segmentLength: tcp.segmentLength, payload: tcp.payload,
                frameNumber: frameNumber, timestamp: timestamp)
        }
    }

    private let reader: CaptureReader
    private let settings: FollowSettings
    /// Whether ``next()`` also returns frames that reach tshark's TCP tap but not follow.
    private let includesTapOnlyFrames: Bool
    private var decoder: PacketDecoder
    private var streams = StreamTable()
    /// 1-based number of the last frame read.
    private var frameNumber: UInt64 = 0
    /// When the capture's first frame (of any protocol) was captured: tshark's reference for
    /// relative times. Nil before the first frame.
    private(set) var firstTimestamp: Timestamp?

    /// - Parameter includesTapOnlyFrames: also return the frames that tshark's TCP tap sees but
    ///   follow does not (first IP fragments that were not reassembled, counted by conversation
    ///   tables), marked by ``Frame/reachesFollow``.
    init(reader: CaptureReader, settings: FollowSettings, includesTapOnlyFrames: Bool = false) {
        self.reader = reader
        self.settings = settings
        self.includesTapOnlyFrames = includesTapOnlyFrames
        decoder = PacketDecoder(options: .init(defragment: settings.defragment))
    }

    /// The next frame that reaches follow, or nil after the last frame (or the `-c` limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    mutating func next() throws(CaptureError) -> Frame? {
        while settings.frameLimit.map({ frameNumber < $0 }) ?? true, let frame = try reader.nextFrame() {
            frameNumber += 1
            if frameNumber == 1 { firstTimestamp = frame.timestamp }
            guard
                let tcp = decoder.decode(
                    linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
            else { continue }
            let assignment = streams.assign(tcp)
            let reachesFollow = !tcp.isQuotedInICMP && tcp.isHeaderComplete
            guard reachesFollow || (includesTapOnlyFrames && tcp.reachesTCPTap) else { continue }
            return Frame(
                tcp: tcp, assignment: assignment, timestamp: frame.timestamp,
                originalLength: frame.originalLength, frameNumber: frameNumber,
                relativeSequenceNumbers: settings.relativeSequenceNumbers, reachesFollow: reachesFollow)
        }
        return nil
    }
}
