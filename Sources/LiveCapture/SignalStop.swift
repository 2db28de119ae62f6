import Dispatch
import Glibc

/// Turns SIGINT and SIGTERM into a ``StopRequest`` while it lives, as tshark does: the signal
/// stops the capture, and the run still prints what it captured and exits 0.
///
/// The signals are taken from their default action and delivered to Dispatch sources, whose
/// handlers only set the request's flag; deinit gives the signals their default action back.
package final class SignalStop {
    private let sources: [any DispatchSourceSignal]
    private let signals: [Int32]

    /// Starts turning `signals` into `stop`.
    package init(_ stop: StopRequest, signals: [Int32] = [SIGINT, SIGTERM]) {
        self.signals = signals
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.request() }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}
