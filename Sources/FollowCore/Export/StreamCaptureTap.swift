import CaptureFile
import FrameFields

/// `--pcap`: writes every frame that carries part of an exported stream into that stream's
/// capture, in capture order, during the export's second pass.
///
/// A frame carries part of a stream by its own headers (its TCP header, one quoted in an ICMP
/// error too, or any of its UDP headers) or as an IP fragment of a datagram that does
/// (``StreamFrameMembership``, filled by the first pass). Frames after a stream's last frame
/// that reaches follow (an ICMP error quoting it later) are not written: the stream's files are
/// final by then.
struct StreamCaptureTap {
    private let writer: StreamCaptureWriter
    private var replay: StreamFrameMembership.Replay
    /// The streams exported and where each one ends.
    private let plan: ExportPlan
    /// The streams of the frame at hand (reused: no allocation per frame).
    private var streams: [StreamKey] = []

    /// - Parameters:
    ///   - plan: the first pass's plan, with its fragment membership and capture format.
    ///   - temporaryPath: where a stream's capture is written until it is finished.
    init?(plan: ExportPlan, pool: FilePool, temporaryPath: @escaping (StreamKey) -> String) {
        guard let membership = plan.membership, let format = plan.captureFormat else { return nil }
        writer = StreamCaptureWriter(format: format, pool: pool, temporaryPath: temporaryPath)
        replay = membership.replay()
        self.plan = plan
    }

    /// The capture file name's extension: `pcap`, or `pcapng` for a source with several interfaces.
    var fileExtension: String { writer.fileExtension }

    /// Writes `captured` (frame `view` of the pass) to each exported stream it carries part of.
    /// - Throws: a frame pcap cannot hold (another link type, a timestamp out of range).
    mutating func frame(
        _ view: FrameFieldView, captured: CapturedFrame, interface: CaptureInterface?
    ) throws(ExportError) {
        replay.streams(of: view, into: &streams)
        guard !streams.isEmpty, let interface else { return }
        for key in streams {
            guard let last = plan.lastFrame(of: key), view.number <= last else { continue }
            try writer.append(captured, interface: interface, to: key)
        }
    }

    /// Moves the capture of `key` to `path`, or removes it when `path` is nil (the stream is not
    /// exported after all).
    /// - Returns: whether a capture was written.
    mutating func finish(_ key: StreamKey, at path: String?) -> Bool {
        guard let path else {
            writer.discard(stream: key)
            return false
        }
        return writer.finish(stream: key, as: path)
    }
}
