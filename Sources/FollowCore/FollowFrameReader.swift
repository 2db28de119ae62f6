import CaptureFile
import DisplayFilter
import FrameFields
import PacketDecoding
import TCPReassembly

/// Reads a capture and hands out, one at a time, the frames that reach tshark's follow tap, each
/// numbered (`tcp.stream`) and in the form the follow engine takes (FOLLOW-RULES R3, R4.1).
///
/// Every TCP header is numbered, even those that never reach follow (ICMP quotes, cut headers),
/// because they still open streams: ``FrameFieldReader`` reads, decodes and numbers every frame.
/// Shared by the search and the second pass of `--streams`; the follow pipeline, which also
/// needs the other frames, reads ``FrameFieldReader`` and takes its follow frames through
/// ``Frame/init(_:)``.
package struct FollowFrameReader {
    /// One frame for the follow engine. `segment.payload` and `fields` are valid until the next
    /// call to ``next()``.
    package struct Frame {
        /// The decoded TCP header.
        fileprivate var tcp: TCPSegment
        fileprivate var assignment: StreamTable.Assignment
        /// When the frame was captured.
        package fileprivate(set) var timestamp: Timestamp
        fileprivate var frameNumber: UInt64
        fileprivate var relativeSequenceNumbers: Bool

        /// The frame's follow view, or nil when tshark's follow tap does not see it (no TCP, TCP
        /// quoted in an ICMP error, a header not captured whole, an option tshark throws on).
        package init?(_ view: FrameFieldView) {
            guard let tcp = view.segment, let assignment = view.assignment, !tcp.isQuotedInICMP, tcp.isHeaderComplete,
                !view.isTCPMalformed
            else { return nil }
            self.tcp = tcp
            self.assignment = assignment
            timestamp = view.timestamp
            frameNumber = view.number
            relativeSequenceNumbers = view.relativeSequenceNumbers
        }

        /// Its `tcp.stream` index.
        package var stream: UInt32 { assignment.stream }
        /// Its TCP flags (FIN and RST tell when a stream has probably finished).
        package var flags: TCPFlags { tcp.flags }

        /// The engine's view of the frame (R4.1): relative or raw numbers, SYN counting one.
        /// Built on demand: following a few streams, most frames are numbered and dropped.
        package var segment: FollowSegment {
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

    /// How many incomplete IP datagrams were dropped so far to bound memory (tshark keeps them).
    var droppedDatagrams: Int { frames.droppedDatagrams }

    init(reader: CaptureReader, settings: FollowSettings, readFilter: DisplayFilter? = nil) {
        frames = FrameFieldReader(reader: reader, settings: settings, readFilter: readFilter)
    }

    /// The next frame that reaches follow, or nil after the last frame (or the `-c` limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    mutating func next() throws(CaptureError) -> Frame? {
        while try frames.next() {
            if let frame = Frame(frames.frame) { return frame }
        }
        return nil
    }
}

extension FrameFieldReader {
    /// A reader with the decoding and numbering preferences of `settings` (`-o`, `-c`) and the
    /// `-2 -R` read filter.
    init(reader: CaptureReader, settings: FollowSettings, readFilter: DisplayFilter? = nil) {
        self.init(
            reader: reader, options: .init(defragment: settings.defragment, defragmentIPv6: settings.defragmentIPv6),
            relativeSequenceNumbers: settings.relativeSequenceNumbers, frameLimit: settings.frameLimit,
            readFilter: readFilter)
    }
}
