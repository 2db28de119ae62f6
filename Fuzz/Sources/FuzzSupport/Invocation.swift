import FollowCore

/// One in-process `swfollow` run of a fuzz target, checked for what no input may cause beyond a
/// crash: an exit status the arguments cannot explain, or a file descriptor left open.
package enum Invocation {
    /// Runs swfollow with `arguments` (their first may be `search`) and traps, printing the
    /// arguments and the diagnostics, unless the run ends with one of `statuses` and closes every
    /// descriptor it opened.
    package static func run(_ arguments: [String], statuses: Set<Int32>) {
        let before = OpenDescriptors.count()
        let outcome = SwfollowCommand.run(arguments)
        guard statuses.contains(outcome.status) else {
            fatalError("exit status \(outcome.status) for \(arguments):\n\(outcome.standardError)")
        }
        let after = OpenDescriptors.count()
        guard after <= before else {
            fatalError("\(after - before) descriptor(s) left open by \(arguments)")
        }
    }
}
