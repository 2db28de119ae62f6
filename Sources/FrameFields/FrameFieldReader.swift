import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture and hands out every frame, decoded, TCP-numbered (`tcp.stream`, relative
/// sequence numbers: FOLLOW-SPEC R3, R4.1b) and with its display-filter fields.
///
/// The one decode-and-number loop: follow, search and display filters all read frames through it.
package struct FrameFieldReader {
    /// One frame. Its bytes (payload, field view) are valid until the next call to ``next()``.
    package struct Frame {
        /// The frame's fields; also its number, timestamp, TCP header and stream.
        package var fields: FrameFieldView

        /// `frame.number`, 1-based.
        package var number: UInt64 { fields.number }
        package var timestamp: Timestamp { fields.timestamp }
        /// The TCP header the frame carries (possibly quoted in an ICMP error), if any.
        package var segment: TCPSegment? { fields.segment }
        /// The stream and relative numbers of ``segment``.
        package var assignment: StreamTable.Assignment? { fields.assignment }
    }

    private let reader: CaptureReader
    private let frameLimit: UInt64?
    private let relativeSequenceNumbers: Bool
    private var decoder: PacketDecoder
    private var streams = StreamTable()
    /// 1-based number of the last frame read.
    private var frameNumber: UInt64 = 0

    /// - Parameters:
    ///   - reader: the capture.
    ///   - options: the decoder's defragmentation preferences.
    ///   - relativeSequenceNumbers: `tcp.relative_sequence_numbers`.
    ///   - frameLimit: `-c`: how many frames to read at most.
    package init(
        reader: CaptureReader, options: PacketDecoder.Options = .init(), relativeSequenceNumbers: Bool = true,
        frameLimit: UInt64? = nil
    ) {
        self.reader = reader
        self.frameLimit = frameLimit
        self.relativeSequenceNumbers = relativeSequenceNumbers
        decoder = PacketDecoder(options: options)
    }

    /// The next frame, or nil after the last one (or the frame limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    package mutating func next() throws(CaptureError) -> Frame? {
        guard frameLimit.map({ frameNumber < $0 }) ?? true, let frame = try reader.nextFrame() else { return nil }
        frameNumber += 1
        let segment = decoder.decode(linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
        let assignment = segment.map { streams.assign($0) }
        return Frame(
            fields: FrameFieldView(
                number: frameNumber, timestamp: frame.timestamp, originalLength: frame.originalLength,
                layers: decoder.layers, segment: segment, assignment: assignment,
                relativeSequenceNumbers: relativeSequenceNumbers))
    }
}
