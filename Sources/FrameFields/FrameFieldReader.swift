import CaptureFile
import PacketDecoding
import TCPReassembly

/// Reads a capture and decodes, TCP-numbers (`tcp.stream`, relative sequence numbers:
/// FOLLOW-SPEC R3, R4.1b) and describes every frame.
///
/// The one decode-and-number loop: follow, search and display filters all read frames through
/// it. The current frame is updated in place, so reading a frame copies nothing big:
///
/// ```swift
/// while try frames.next() {
///     if filter.matches(frames.frame) { … frames.frame.segment … }
/// }
/// ```
package struct FrameFieldReader {
    /// One frame: its number, timestamp, TCP header (`segment`, possibly quoted in an ICMP
    /// error) and stream (`assignment`), and its display-filter fields.
    package typealias Frame = FrameFieldView

    /// The frame the last successful ``next()`` read; its bytes are valid until the next call.
    package private(set) var frame: Frame
    private let reader: CaptureReader
    private let frameLimit: UInt64?
    private var decoder: PacketDecoder
    private var streams = StreamTable()

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
        decoder = PacketDecoder(options: options)
        frame = FrameFieldView(
            number: 0, timestamp: .zero, originalLength: 0, layers: LayerTrail(), segment: nil, assignment: nil,
            relativeSequenceNumbers: relativeSequenceNumbers)
    }

    /// Reads, decodes and numbers the next frame into ``frame``.
    /// - Returns: false after the last frame (or the frame limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    package mutating func next() throws(CaptureError) -> Bool {
        guard frameLimit.map({ frame.number < $0 }) ?? true, let captured = try reader.nextFrame() else {
            return false
        }
        frame.number += 1
        frame.timestamp = captured.timestamp
        frame.originalLength = captured.originalLength
        let segment = decoder.decode(
            linkType: captured.linkType, bytes: captured.bytes, originalLength: captured.originalLength)
        if let segment {
            frame.assignment = streams.assign(segment)
        } else {
            frame.assignment = nil
        }
        frame.segment = segment
        frame.layers = decoder.layers
        return true
    }
}
