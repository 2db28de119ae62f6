/// One worker of an export with `--jobs N`: reassembles and writes the streams whose index
/// modulo N is its number, from every batch the reading thread hands out, with its own
/// ``ExportPass`` (and so its own ``FilePool``), finishing each stream when the batch holding its
/// last frame says so. The index is shared (``SharedExportIndex``), so its lines keep their order.
///
/// `@unchecked Sendable`: built by the reading thread, then used only by its own thread until
/// that thread is joined; only then does the reading thread read ``failure``.
final class ExportWorker: @unchecked Sendable {
    private var pass: ExportPass
    private let number: Int
    private let count: Int
    /// The streams to export, in export order (finished at the end if still open).
    private let order: [StreamKey]
    /// Set by any worker at its first failure, so that the reading stops.
    private let failed: StopFlag

    init(number: Int, count: Int, pass: ExportPass, order: [StreamKey], failed: StopFlag) {
        self.number = number
        self.count = count
        self.pass = pass
        self.order = order
        self.failed = failed
    }

    /// The worker's first write failure, if any.
    var failure: ExportError? { pass.failure }

    /// Processes every batch of `ring` until the last, then finishes its remaining streams.
    func consume(_ ring: BatchRing) {
        ring.consume(worker: number) { batch in
            process(batch)
            if batch.isLast { pass.finishWorker(order: order, owns: owns) }
            if pass.failure != nil { failed.raise() }
        }
    }

    /// Whether `key` is the worker's.
    private func owns(_ key: StreamKey) -> Bool {
        Int(key.stream) % count == number
    }

    /// Feeds the batch's frames of the worker's streams, then finishes those due.
    private func process(_ batch: FrameBatch) {
        guard pass.failure == nil else { return }
        for segment in batch.segments where Int(segment.stream) % count == number {
            batch.withFollowSegment(segment) { followSegment in
                pass.withStream(StreamKey(followed: .tcp, stream: segment.stream)) {
                    $0.process(
                        followSegment, flags: segment.flags, number: segment.frameNumber,
                        timestamp: segment.timestamp)
                }
            }
        }
        for entry in batch.datagramStreams where Int(entry.stream) % count == number {
            batch.withDatagrams(of: entry) { payloads in
                pass.withStream(StreamKey(followed: .udp, stream: entry.stream)) {
                    $0.processDatagrams(payloads, number: entry.frameNumber, timestamp: entry.timestamp)
                }
            }
        }
        for key in batch.dueStreams where owns(key) && pass.failure == nil {
            pass.finish(key)
        }
    }
}
