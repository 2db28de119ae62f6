import Foundation

/// Temporary files for tests, removed when the value is released.
final class TemporaryCapture {
    /// A fresh directory under the system's temporary directory.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("CaptureFileTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `bytes` to a file called `name`; returns its path.
    func write(_ bytes: [UInt8], named name: String = "capture") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Whether `/bin/gzip` exists, for the gzip tests.
    static var hasGzip: Bool {
        FileManager.default.isExecutableFile(atPath: "/bin/gzip")
    }

    /// Writes `bytes` compressed by `/bin/gzip -n` to `name`; returns its path.
    func writeGzipped(_ bytes: [UInt8], named name: String = "capture") throws -> String {
        let plain = try write(bytes, named: name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-n", "-f", plain]
        try process.run()
        process.waitUntilExit()
        return plain + ".gz"
    }

    /// The bytes of the file at `path`.
    static func contents(of path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
