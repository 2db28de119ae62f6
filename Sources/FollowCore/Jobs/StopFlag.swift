import Synchronization

/// A flag the workers of `--jobs` raise to make the reading thread stop early (an export's
/// first write failure).
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Raises the flag.
    func raise() {
        raised.store(true, ordering: .relaxed)
    }

    /// Whether a worker raised the flag.
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
