#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directory an export writes into: `DIR/index.jsonl`, the stream files, and `DIR/.partial/`
/// where each file is written under a temporary name until its stream is finished.
struct ExportDirectory {
    /// `DIR` as given.
    let path: String
    /// Where files wait until their stream is finished: `DIR/.partial`, or with `--jobs` a
    /// thread's folder in it (``forThread(_:)``).
    let partialPath: String

    /// Creates `path` if missing and `.partial` inside it.
    /// - Throws: when `path` is not a directory, cannot be created, or holds anything and
    ///   `force` is false.
    init(path: String, force: Bool) throws(ExportError) {
        self.path = path
        partialPath = path + "/.partial"
        if mkdir(path, 0o755) != 0 {
            guard errno == EEXIST else { throw ExportError("create directory", path) }
            guard let directory = opendir(path) else { throw ExportError("open directory", path) }
            defer { closedir(directory) }
            if !force, Self.hasEntries(directory) {
                throw ExportError("\(path) is not empty (--force writes into it anyway)")
            }
        }
        if mkdir(partialPath, 0o755) != 0 && errno != EEXIST {
            throw ExportError("create directory", partialPath)
        }
    }

    private init(path: String, partialPath: String) {
        self.path = path
        self.partialPath = partialPath
    }

    /// With `--jobs`: the same directory, with thread `number`'s files waiting in a folder of
    /// their own (`.partial/N`), so that the threads do not create files in one directory, whose
    /// lock the kernel takes for every file created.
    /// - Throws: when the folder cannot be created.
    func forThread(_ number: Int) throws(ExportError) -> ExportDirectory {
        let folder = ExportDirectory(path: path, partialPath: partialPath + "/\(number)")
        if mkdir(folder.partialPath, 0o755) != 0 && errno != EEXIST {
            throw ExportError("create directory", folder.partialPath)
        }
        return folder
    }

    /// The path of `name` in the directory.
    func finalPath(_ name: String) -> String { path + "/" + name }

    /// The temporary path of `name`.
    func temporaryPath(_ name: String) -> String { partialPath + "/" + name }

    /// Removes `.partial` (or a thread's folder in it) once every file has left it (it stays when
    /// an export stopped early).
    func removePartial() {
        _ = rmdir(partialPath)
    }

    /// Whether the directory holds anything besides `.` and `..`.
    private static func hasEntries(_ directory: OpaquePointer) -> Bool {
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { return true }
        }
        return false
    }
}
