#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The progress line of an export on standard error (bytes read, streams written, rate),
/// rewritten in place a few times a second; silent when standard error is not a terminal or with
/// `--quiet`.
struct ExportProgress {
    private let isEnabled: Bool
    private var bytesRead = 0
    private var framesSinceCheck = 0
    private let start: Double
    private var lastShown: Double
    private var shown = false

    /// - Parameter quiet: `--quiet`.
    init(quiet: Bool) {
        isEnabled = !quiet && isatty(2) == 1
        start = Self.now()
        lastShown = start
    }

    /// Counts a frame of `bytes` captured bytes; shows the line at most four times a second.
    mutating func frame(bytes: Int, streamsWritten: Int) {
        guard isEnabled else { return }
        bytesRead += bytes
        framesSinceCheck += 1
        guard framesSinceCheck >= 1024 else { return }
        framesSinceCheck = 0
        let now = Self.now()
        if now - lastShown >= 0.25 {
            lastShown = now
            show(streamsWritten: streamsWritten, at: now)
        }
    }

    /// Shows the final counts and ends the line.
    mutating func finish(streamsWritten: Int) {
        guard isEnabled else { return }
        show(streamsWritten: streamsWritten, at: Self.now())
        if shown { Self.emit("\n") }
    }

    /// Rewrites the line.
    private mutating func show(streamsWritten: Int, at now: Double) {
        let megabytes = Double(bytesRead) / 1e6
        let rate = megabytes / max(now - start, 0.001)
        Self.emit(
            "\rswfollow export: \(Self.decimal(megabytes)) MB read, \(streamsWritten) streams written, "
                + "\(Self.decimal(rate)) MB/s ")
        shown = true
    }

    /// `value` with one decimal.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Writes `text` to standard error (a progress line that cannot be written is dropped).
    private static func emit(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Monotonic seconds.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
