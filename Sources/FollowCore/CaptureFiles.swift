import CaptureFile
import Glibc

/// The capture files of a run, from its `-r` arguments: one file, standard input (`-`), or
/// several files read as one capture, merged as `mergecap` merges them (the commands open the
/// paths with ``CaptureReader/init(paths:)``; a second pass reopens the same paths, so a pattern
/// is expanded once per run).
///
/// An argument holding `*`, `?` or `[` that names no file is a pattern, expanded here by
/// `glob(3)` into the matching paths in byte order (quoted on the command line so that the
/// shell leaves it alone: `-r 'ring_*.pcapng'`); one that matches nothing is reported as
/// tshark reports a missing file. This file is the only one of the module that calls `glob`.
enum CaptureFiles {
    /// The paths `arguments` name, patterns expanded, in the order given.
    /// - Throws: `doesNotExist` for a pattern that matches nothing; `openFailed` for standard
    ///   input among other files (the merge opens every file twice: to learn its first frame
    ///   time, then to read it).
    static func expand(_ arguments: [String]) throws(CaptureError) -> [String] {
        if arguments.count > 1, arguments.contains("-") {
            throw .openFailed(path: "-", reason: "it cannot be merged with other files")
        }
        var paths: [String] = []
        for argument in arguments {
            guard isPattern(argument) else {
                paths.append(argument)
                continue
            }
            let matches = glob(argument)
            if matches.isEmpty { throw .doesNotExist(path: argument) }
            paths += matches
        }
        return paths
    }

    /// Whether `argument` is a pattern: it has a wildcard and names no existing file.
    private static func isPattern(_ argument: String) -> Bool {
        guard argument.contains(where: { "*?[".contains($0) }) else { return false }
        var status = stat()
        return stat(argument, &status) != 0
    }

    /// The paths matching `pattern`, sorted in byte order (the C locale's).
    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }
    }
}
