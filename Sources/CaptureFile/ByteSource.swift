/// Where a `ReadBuffer` gets its bytes: the file itself, or the file through gzip decompression.
enum ByteSource {
    /// The file's own bytes.
    case plain(FileInput)
    /// The decompressed bytes of a gzip file.
    case gzip(GzipInput)

    /// Reads up to `target.count` bytes; returns 0 only at the end of the input.
    /// - Throws: a read or decompression error, worded as tshark does.
    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        switch self {
        case .plain(let file): try file.read(into: target)
        case .gzip(let inflater): try inflater.read(into: target)
        }
    }
}
