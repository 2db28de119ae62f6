import Testing

/// One hand-built capture and the frame table tshark 4.0.17 prints for it (`FrameTable` layout,
/// with `{path}` standing for the file's path in an error line).
struct TableCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: String

    init(_ name: String, expected: String, build: (inout CaptureBytes) -> Void) {
        self.name = name
        var capture = CaptureBytes()
        build(&capture)
        bytes = capture.bytes
        self.expected = expected
    }

    var testDescription: String { name }

    /// Reads the case from a temporary file and returns what `FrameTable` makes of it.
    func read() throws -> String {
        let files = try TemporaryCapture()
        return FrameTable.read(path: try files.write(bytes, named: name))
            .replacingOccurrences(of: files.directory.appendingPathComponent(name).path, with: "{path}")
    }
}
