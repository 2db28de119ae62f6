import FollowKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// swfollow-allstreams CAPTURE: reassembles every TCP stream of CAPTURE in one pass (see
// AllStreamsRun) and prints how many streams, records and bytes came out. A benchmark driver only.
guard CommandLine.arguments.count == 2 else {
    fail("usage: swfollow-allstreams CAPTURE\n", status: 64)
}
var run = AllStreamsRun()
do {
    try run.run(try Capture(path: CommandLine.arguments[1]))
} catch {
    fail("swfollow-allstreams: \(error.description)\n", status: 2)
}
let counter = run.counter
print("\(run.streamCount) streams, \(counter.streams) followed, \(counter.records) records, \(counter.bytes) bytes")

/// Writes `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    var text = message
    text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(status)
}
