import FollowCore
import Glibc
import LiveCapture

// A closed pipe (`swfollow … | head`) ends the run quietly instead of killing it with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

// The first-printed block streams out while the capture is read; the rest follows, then stderr.
// A live capture's progress lines (`Capturing on …`, the packet count) go out when they happen,
// and a reader that has gone away (`… --live | head`) stops the capture.
let captureStop = StopRequest()
let outcome = SwfollowCommand.run(
    Array(CommandLine.arguments.dropFirst()), invokedAs: CommandLine.arguments.first,
    standardOutput: { bytes in
        if !StandardStream.write(bytes, to: STDOUT_FILENO) { captureStop.request() }
    },
    standardError: { text in StandardStream.write(Array(text.utf8), to: STDERR_FILENO) },
    captureStop: captureStop)
StandardStream.write(outcome.standardOutput, to: STDOUT_FILENO)
StandardStream.write(Array(outcome.standardError.utf8), to: STDERR_FILENO)
exit(outcome.status)
