import Synchronization

/// A request to stop a live capture, made from another thread (a ``SignalStop`` handler, a
/// test): only a flag, which the capture loop polls between packets and waits.
package final class StopRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    package init() {}

    /// Asks the capture to stop.
    package func request() {
        requested.store(true, ordering: .releasing)
    }

    /// Whether a stop was asked for.
    package var isRequested: Bool { requested.load(ordering: .acquiring) }
}
