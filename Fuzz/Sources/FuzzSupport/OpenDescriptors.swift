import Glibc

/// The process's open file descriptors, counted in `/proc/self/fd`.
enum OpenDescriptors {
    /// How many descriptors are open now, the one reading the directory included.
    static func count() -> Int {
        guard let directory = opendir("/proc/self/fd") else { return 0 }
        defer { closedir(directory) }
        var entries = 0
        while let entry = readdir(directory) {
            if entry.pointee.d_name.0 != 0x2E { entries += 1 }
        }
        return entries
    }
}
