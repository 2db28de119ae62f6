import CaptureFile

/// One worker of an export with `--jobs N`: reads the whole capture itself (decoding and
/// numbering every frame, which costs far less than writing) and writes the streams of its
/// ``JobShare`` with its own ``ExportPass`` and ``FilePool``, finishing each at its last frame;
/// the index is shared (``SharedExportIndex``), so its lines keep one job's order.
///
/// `@unchecked Sendable`: built by the calling thread, then used only by its own thread until
/// that thread is joined; only then does the caller read ``failure``, ``damage`` and
/// ``progress``.
final class ExportWorker: @unchecked Sendable {
    private var pass: ExportPass
    private let reader: CaptureReader
    /// Raised at the first failure of any worker, so that all stop reading.
    private let stop: StopFlag
    /// The progress line (shown by one worker only).
    private(set) var progress: ExportProgress
    /// The damage that ended the reading early, if any.
    private(set) var damage: CaptureError?

    init(pass: ExportPass, reader: CaptureReader, progress: ExportProgress, stop: StopFlag) {
        self.pass = pass
        self.reader = reader
        self.progress = progress
        self.stop = stop
    }

    /// The worker's first write failure, if any.
    var failure: ExportError? { pass.failure }

    /// Reads the capture and writes the worker's streams, then finishes those still open.
    func export() {
        do {
            try pass.run(reader, progress: &progress, stop: stop)
        } catch {
            damage = error
        }
        if pass.failure != nil { stop.raise() }
        if stop.isRaised {
            pass.abandon()
            return
        }
        pass.finish()
        if pass.failure != nil { stop.raise() }
    }
}
