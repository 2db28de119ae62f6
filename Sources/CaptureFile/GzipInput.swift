import CZlib

/// The decompressed bytes of a gzip file, inflated with zlib as the reader asks for them.
///
/// This is the only file that calls zlib. Members written one after another (`cat a.gz b.gz`)
/// are read as one stream, as tshark does.
final class GzipInput {
    /// How many compressed bytes are read from the file at a time.
    private static let inputCapacity = 256 << 10

    private let file: FileInput
    private let path: String
    /// zlib's state; heap-allocated because zlib checks that its address never changes.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawBufferPointer
    private var fileExhausted = false
    /// Whether the current member's end was reached (a next member may follow).
    private var memberEnded = false

    /// Starts inflating `file`, whose first bytes (`prefix`) were already read to detect gzip.
    init(file: FileInput, prefix: UnsafeRawBufferPointer, path: String) throws(CaptureError) {
        self.file = file
        self.path = path
        input = .allocate(byteCount: max(Self.inputCapacity, prefix.count), alignment: 16)
        input.copyMemory(from: prefix)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(prefix.count)
        // 15 + 16: a 32 KiB window and a gzip (not zlib) wrapper.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            input.deallocate()
            throw .decompressionFailed(path: path, reason: "zlib initialisation failed")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// Inflates up to `target.count` bytes; returns 0 only at the end of the last member.
    /// - Throws: `cutShortInPacket` when the file ends inside a member; `decompressionFailed`
    ///   for corrupt data.
    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        guard let base = target.baseAddress, !target.isEmpty else { return 0 }
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(min(target.count, Int(UInt32.max)))
        while stream.pointee.avail_out == target.count {
            if stream.pointee.avail_in == 0 {
                try refillInput()
                if stream.pointee.avail_in == 0 {
                    if memberEnded { return 0 }
                    throw .cutShortInPacket(path: path)
                }
            }
            if memberEnded {
                inflateReset(stream)
                memberEnded = false
            }
            let status = inflate(stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                memberEnded = true
            default:
                throw .decompressionFailed(path: path, reason: zlibMessage(status))
            }
        }
        return target.count - Int(stream.pointee.avail_out)
    }

    /// Reads more compressed bytes from the file into the empty input buffer.
    private func refillInput() throws(CaptureError) {
        guard !fileExhausted else { return }
        let received = try file.read(into: input)
        if received == 0 {
            fileExhausted = true
        }
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(received)
    }

    /// zlib's description of the last error.
    private func zlibMessage(_ status: Int32) -> String {
        if let text = stream.pointee.msg {
            return String(cString: text)
        }
        return "zlib error \(status)"
    }
}
