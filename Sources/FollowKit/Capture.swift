import CaptureFile

/// A capture to read: a pcap or pcapng file, either of them gzip-compressed, from a path, an open
/// file descriptor, memory or any ``CaptureByteSource``.
///
/// Opening reads the file header, with tshark 4.0's checks and messages. Frames are then read in
/// order, either raw with ``nextFrame()`` or dissected and numbered through a ``FrameReader``.
/// The capture keeps one reusable buffer: a frame's bytes are lent, valid until the next read, and
/// reading allocates nothing per frame. Memory does not grow with the file's size.
///
/// ```swift
/// let capture = try Capture(path: "trace.pcapng")
/// while let frame = try capture.nextFrame() {
///     print(frame.time, frame.bytes.count)
/// }
/// ```
///
/// A capture is read by one reader at a time and is not `Sendable`: it owns the read position.
public final class Capture {
    let reader: CaptureReader
    /// The name errors give the capture: its path, or the name it was opened with.
    public let name: String

    /// Opens the file at `path` (`"-"` reads standard input).
    /// - Throws: ``CaptureError`` worded as tshark words it: a missing file, not a capture file,
    ///   a header cut short, …
    public convenience init(path: String) throws(CaptureError) {
        try self.init(name: path) { () throws(CaptureFile.CaptureError) in try CaptureReader(path: path) }
    }

    /// Reads several captures as one, merged as `mergecap` merges them by default: by frame time,
    /// each file in its own order, a tie going to the file named last; frames numbered in the
    /// merged order. Only the files whose time ranges overlap are open at once.
    /// - Throws: ``CaptureError`` for the first file that is missing or not a capture, as if
    ///   that file were read alone.
    public convenience init(paths: [String]) throws(CaptureError) {
        precondition(!paths.isEmpty, "a capture needs at least one file")
        try self.init(name: paths.joined(separator: ", ")) { () throws(CaptureFile.CaptureError) in
            try CaptureReader(paths: paths)
        }
    }

    /// Reads an open file descriptor: a regular file, a pipe or a socket.
    /// - Parameters:
    ///   - fileDescriptor: the descriptor, positioned at the start of the capture.
    ///   - name: what error messages call it.
    ///   - closesDescriptor: whether the capture closes the descriptor when it is released.
    public convenience init(fileDescriptor: Int32, name: String, closesDescriptor: Bool = false) throws(CaptureError) {
        try self.init(name: name) { () throws(CaptureFile.CaptureError) in
            try CaptureReader(descriptor: fileDescriptor, name: name, closesDescriptor: closesDescriptor)
        }
    }

    /// Reads the bytes `source` supplies, as if they were a file called `name`.
    public convenience init(source: some CaptureByteSource, name: String) throws(CaptureError) {
        try self.init(name: name) { () throws(CaptureFile.CaptureError) in
            try CaptureReader(source: SourceAdapter(source, name: name), name: name)
        }
    }

    /// Reads a capture held in memory, as if it were a file called `name`.
    public convenience init(bytes: [UInt8], name: String = "memory") throws(CaptureError) {
        try self.init(source: MemoryByteSource(bytes), name: name)
    }

    /// The capture `open` opens, called `name`, with its error worded for the library.
    private init(name: String, opening open: () throws(CaptureFile.CaptureError) -> CaptureReader) throws(CaptureError) {
        do {
            reader = try open()
        } catch {
            throw CaptureError(error)
        }
        self.name = name
    }

    /// Reads the next frame.
    /// - Returns: the frame, whose bytes are valid until the next read; nil after the last frame.
    /// - Throws: ``CaptureError`` when the file is damaged or cut short: the frames read before
    ///   it are sound, as tshark reports them.
    public func nextFrame() throws(CaptureError) -> CapturedFrame? {
        do {
            return try reader.nextFrame().map(CapturedFrame.init)
        } catch {
            throw CaptureError(error)
        }
    }

    /// The file format, known once the capture is open (several files merged read as pcapng,
    /// as `mergecap` writes them).
    public var format: CaptureFormat {
        reader.isPcapng ? .pcapng : .pcap
    }
}

/// The file formats a ``Capture`` reads. gzip compression is recognised and undone first.
public enum CaptureFormat: Hashable, Sendable {
    /// libpcap's format, with its microsecond, nanosecond and modified variants (an empty input
    /// counts as one, with no frames).
    case pcap
    /// The pcapng format, every section and interface of it.
    case pcapng
}
