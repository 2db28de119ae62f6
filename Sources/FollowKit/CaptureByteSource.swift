import CaptureFile

/// Where a ``Capture`` gets its bytes when they come from neither a path nor a descriptor: a
/// download, a decompressor, an archive member.
///
/// The capture asks for bytes in large pieces (about 1 MiB) and reads the source once, from the
/// start; it never seeks. A class, because the capture keeps reading it after it is opened.
public protocol CaptureByteSource: AnyObject {
    /// Copies up to `buffer.count` bytes into `buffer` and returns how many it copied; 0 means
    /// the end of the capture. Any error thrown ends the reading with a ``CaptureError`` that
    /// names the capture and describes the error.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// A capture held in memory, read as a file would be.
final class MemoryByteSource: CaptureByteSource {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - position)
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
        }
        position += count
        return count
    }
}

/// Presents a caller's ``CaptureByteSource`` to the capture reader, with any error it throws
/// worded as a read failure of the named capture.
final class SourceAdapter<Source: CaptureByteSource>: ExternalByteSource {
    private let source: Source
    private let name: String

    init(_ source: Source, name: String) {
        self.source = source
        self.name = name
    }

    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureFile.CaptureError) -> Int {
        do {
            return try source.read(into: target)
        } catch {
            throw .readFailed(path: name, reason: String(describing: error))
        }
    }
}
