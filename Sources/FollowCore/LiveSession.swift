import CaptureFile
import LiveCapture

/// A live capture as swfollow runs it for tshark's options: the interface opened, the capture
/// read through a ``CaptureReader``, SIGINT and SIGTERM stopping it, and tshark's lines on
/// standard error (`Capturing on 'Loopback: lo'` when it starts; dropped packets and
/// `N packets captured` when it stops).
///
/// tshark also prints its capture child's log lines (`[Main MESSAGE] -- Capture started.`, the
/// file name) and an empty `tshark: ` line before the count; swfollow does not.
final class LiveSession {
    /// The capture, read as a file's frames.
    let reader: CaptureReader
    private let source: LiveFrameSource
    private let stop: StopRequest
    private var signals: SignalStop?

    /// Opens the capture `settings` describe and starts turning signals into `stop`, which the
    /// caller may also request (when standard output has gone away).
    /// - Throws: tshark's one-line message for an interface, permission, filter or file failure.
    init(_ settings: LiveCaptureSettings, stop: StopRequest) throws(LiveCaptureError) {
        self.stop = stop
        source = try LiveFrameSource(settings: settings, interfaces: try InterfaceList.current(), stop: stop)
        reader = CaptureReader(frames: source)
        signals = SignalStop(stop)
    }

    /// `Capturing on '…'`, as tshark prints it when the capture starts.
    var startLine: String { "Capturing on '\(source.liveInterface.displayName)'\n" }

    /// Ends the signal handling and gives tshark's closing lines: the packets the kernel dropped
    /// (when any), then the count captured.
    func finish() -> String {
        signals = nil
        var text = ""
        if let dropped = source.droppedPackets, dropped > 0 {
            text += "\(dropped) packet\(dropped == 1 ? "" : "s") dropped from \(source.liveInterface.displayName)\n"
        }
        let count = source.packetsCaptured
        return text + "\(count) packet\(count == 1 ? "" : "s") captured\n"
    }
}
