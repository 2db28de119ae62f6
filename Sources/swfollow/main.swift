import FollowCore
import Glibc

// A closed pipe (`swfollow … | head`) ends the run quietly instead of killing it with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

// The first-printed block streams out while the capture is read; the rest follows, then stderr.
// A live capture's progress lines (`Capturing on …`, the packet count) go out when they happen.
let outcome = SwfollowCommand.run(
    Array(CommandLine.arguments.dropFirst()), invokedAs: CommandLine.arguments.first,
    standardOutput: { bytes in StandardStream.write(bytes, to: STDOUT_FILENO) },
    standardError: { text in StandardStream.write(Array(text.utf8), to: STDERR_FILENO) })
StandardStream.write(outcome.standardOutput, to: STDOUT_FILENO)
StandardStream.write(Array(outcome.standardError.utf8), to: STDERR_FILENO)
exit(outcome.status)
