/// One worker of an export with `--jobs N`: writes its streams with its own ``ExportPass`` and
/// ``FilePool``, taking their frames and the orders to finish them from the reading thread
/// (``JobReading``); the index is shared (``SharedExportIndex``), so its lines keep one job's
/// order.
///
/// `@unchecked Sendable`: built by the calling thread, then used only by its own thread until
/// that thread is joined; only then does the caller read ``failure``.
final class ExportWorker: @unchecked Sendable {
    private var pass: ExportPass
    private let number: Int
    private let channel: BatchChannel
    /// Who handles each stream: read once the last batch has come.
    private let owners: StreamOwners
    /// Raised at the first failure of any thread, so that all stop.
    private let stop: StopFlag

    /// - Parameters:
    ///   - number: the worker's thread number (from 1).
    ///   - channel: where the reading thread hands it its streams' frames.
    init(pass: ExportPass, number: Int, channel: BatchChannel, owners: StreamOwners, stop: StopFlag) {
        self.pass = pass
        self.number = number
        self.channel = channel
        self.owners = owners
        self.stop = stop
    }

    /// The worker's first write failure, if any.
    var failure: ExportError? { pass.failure }

    /// Writes what it is handed, then finishes its streams still open (nothing after a failure,
    /// as one job finishes nothing after one).
    func export() {
        pass.write(channel, stop: stop)
        if stop.isRaised {
            pass.abandon()
            return
        }
        pass.finish { [owners, number] in owners.owner(of: $0) == number }
        if pass.failure != nil { stop.raise() }
    }
}
