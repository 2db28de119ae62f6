#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--jobs N`: how many threads reassemble and search (or write) streams: the reading thread,
/// which also reads, decodes and numbers every frame, and N − 1 workers (``JobReading``).
enum JobCount {
    /// The default for commands that touch every stream: every online core.
    static var processors: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Parses `--jobs`'s value: a number from 1 to 256.
    /// - Throws: the complaint, with `exitStatus`.
    static func parse(_ text: String, exitStatus: Int32) throws(CommandLineError) -> Int {
        guard let count = Int(text), (1...256).contains(count) else {
            throw CommandLineError("--jobs: \"\(text)\" is not a number in 1...256", exitStatus: exitStatus)
        }
        return count
    }
}
