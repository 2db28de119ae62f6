import CaptureFile
import FollowCore
import Foundation
import FrameFields

/// Splits a capture into one capture per TCP and UDP stream with the export's building blocks,
/// the way the export command does it: a first pass notes fragment frames
/// (``StreamFrameMembership``), a second writes each frame to its streams (``StreamCaptureWriter``
/// through a ``FilePool``).
enum StreamSplitter {
    /// The file name of a stream's capture.
    static func fileName(_ stream: StreamKey, pcapng: Bool) -> String {
        "\(stream.followed.rawValue)-\(stream.stream).\(pcapng ? "pcapng" : "pcap")"
    }

    /// Splits `capture` into `directory` (created if missing), with at most `maximumOpenFiles`
    /// files open.
    /// - Returns: every stream written, with the frame numbers it received, and the format.
    static func split(
        _ capture: String, into directory: String, maximumOpenFiles: Int = 4
    ) throws -> (streams: [StreamKey: [UInt64]], format: StreamCaptureFormat) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var membership = StreamFrameMembership()
        var first = FrameFieldReader(reader: try CaptureReader(path: capture))
        while try first.next() { membership.note(first.frame) }
        let format = StreamCaptureFormat(sourceIsPcapng: first.isPcapng, interfaces: first.interfaces)

        var frames = FrameFieldReader(reader: try CaptureReader(path: capture))
        let pcapng = format == .pcapng
        let pool = FilePool(descriptorLimit: maximumOpenFiles)
        let writer = StreamCaptureWriter(format: format, pool: pool) { "\(directory)/\(fileName($0, pcapng: pcapng)).part" }
        var replay = membership.replay()
        var streams: [StreamKey] = []
        var written: [StreamKey: [UInt64]] = [:]
        while try frames.next() {
            replay.streams(of: frames.frame, into: &streams)
            for stream in streams {
                let captured = frames.captured
                guard let interface = frames.interface(at: captured.interfaceIndex) else { continue }
                try writer.append(captured, interface: interface, to: stream)
                written[stream, default: []].append(frames.frame.number)
            }
        }
        for stream in written.keys.sorted() {
            writer.finish(stream: stream, as: directory + "/" + fileName(stream, pcapng: pcapng))
        }
        if let failure = pool.failure { throw failure }
        return (written, format)
    }
}
