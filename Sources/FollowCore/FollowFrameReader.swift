import CaptureFile
import FrameFields
import PacketDecoding
import TCPReassembly

/// Reads a capture and hands out, one at a time, the frames that reach tshark's follow tap, each
/// numbered (`tcp.stream`) and in the form the follow engine takes (FOLLOW-SPEC R3, R4.1).
///
/// Every TCP header is numbered, even those that never reach follow (ICMP quotes, cut headers),
/// because they still open streams: ``FrameFieldReader`` reads, decodes and numbers every frame.
/// Shared by the follow pipeline and the search.
struct FollowFrameReader {
    /// One frame for the follow engine. `segment.payload` and `fields` are valid until the next
    /// call to ``next()``.
    struct Frame {
        /// The decoded TCP header.
        fileprivate var tcp: TCPSegment
        fileprivate var assignment: StreamTable.Assignment
        fileprivate var timestamp: Timestamp
        fileprivate var frameNumber: UInt64
        fileprivate var originalLength: Int
        fileprivate var layers: LayerTrail
        fileprivate var relativeSequenceNumbers: Bool

        /// Its `tcp.stream` index.
        var stream: UInt32 { assignment.stream }
        /// Its TCP flags (FIN and RST tell when a stream has probably finished).
        var flags: TCPFlags { tcp.flags }

        /// Its display-filter fields (`-R`, `--streams`, `-T fields`). Built on demand, from
        /// what the frame already holds.
        var fields: FrameFieldView {
            FrameFieldView(
                number: frameNumber, timestamp: timestamp, originalLength: originalLength, layers: layers,
                segment: tcp, assignment: assignment, relativeSequenceNumbers: relativeSequenceNumbers)
        }

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

    private var frames: FrameFieldReader

    init(reader: CaptureReader, settings: FollowSettings) {
        frames = FrameFieldReader(
            reader: reader, options: .init(defragment: settings.defragment),
            relativeSequenceNumbers: settings.relativeSequenceNumbers, frameLimit: settings.frameLimit)
    }

    /// The next frame that reaches follow, or nil after the last frame (or the `-c` limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    mutating func next() throws(CaptureError) -> Frame? {
        while try frames.next() {
            let frame = frames.frame
            guard let tcp = frame.segment, let assignment = frame.assignment, !tcp.isQuotedInICMP,
                tcp.isHeaderComplete
            else { continue }
            return Frame(
                tcp: tcp, assignment: assignment, timestamp: frame.timestamp, frameNumber: frame.number,
                originalLength: frame.originalLength, layers: frame.layers,
                relativeSequenceNumbers: frame.relativeSequenceNumbers)
        }
        return nil
    }
}
