#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--jobs N`: how many threads reassemble and search (or write) streams, each owning the streams
/// whose index modulo N is its number, while one thread reads, decodes and numbers every frame.
enum JobCount {
    /// The default for commands that touch every stream: every online core.
    static var processors: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Below this many selected streams, a command uses one job unless `--jobs` says otherwise:
    /// every worker reads the whole capture, and with a few streams that reading is most of the
    /// work (searching one stream of the 300 MB benchmark capture: 0.16 s with one job, 0.22 s
    /// with two; BENCHMARKS.md, Many cores).
    static let fewStreams = 64

    /// Parses `--jobs`'s value: a number from 1 to 256.
    /// - Throws: the complaint, with `exitStatus`.
    static func parse(_ text: String, exitStatus: Int32) throws(CommandLineError) -> Int {
        guard let count = Int(text), (1...256).contains(count) else {
            throw CommandLineError("--jobs: \"\(text)\" is not a number in 1...256", exitStatus: exitStatus)
        }
        return count
    }
}
