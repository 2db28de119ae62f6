#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One POSIX thread running a closure, joined by ``join()``: the workers of `--jobs`.
///
/// A thread of its own rather than a Dispatch queue's: a worker blocks while it waits for
/// frames, and a pool no wider than the cores could then leave a worker without a thread while
/// the reading thread waits for it.
final class WorkerThread {
    /// The closure, handed to the new thread through an unmanaged reference.
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    private var thread: pthread_t

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        precondition(status == 0, "pthread_create failed: \(status)")
        self.thread = thread
    }

    /// Waits for the thread to end.
    func join() {
        pthread_join(thread, nil)
    }
}
