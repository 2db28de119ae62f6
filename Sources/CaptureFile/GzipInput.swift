import CZlib

/// The decompressed bytes of a gzip file, inflated with zlib as the reader asks for them.
///
/// This is the only file that calls zlib. Like tshark, it reads members written one after
/// another as one stream, checks each member's CRC and length, passes bytes that follow a
/// member but do not start a new one through as they are, and reports a decompression error
/// only after handing over every byte inflated before it.
final class GzipInput {
    /// Where the member stream stands.
    private enum State {
        /// At the start of a member header, or at the end of the input.
        case memberStart
        case inflating
        /// At the 8-byte CRC32 and ISIZE trailer of a member.
        case trailer
        /// Copying the bytes after the last member unchanged.
        case raw
        case finished
    }

    private let input: CompressedInput
    private let path: String
    /// zlib's state; heap-allocated because zlib checks that its address never changes.
    private let stream: UnsafeMutablePointer<z_stream>
    private var state = State.memberStart
    private var crc: UInt = 0
    private var memberLength: UInt32 = 0
    /// An error met after some bytes were already produced, thrown by the next read.
    private var pendingError: CaptureError?

    /// Starts inflating `file`, whose first bytes (`prefix`, beginning with `1f 8b`) were
    /// already read to detect gzip.
    init(file: FileInput, prefix: UnsafeRawBufferPointer, path: String) throws(CaptureError) {
        input = CompressedInput(file: file, prefix: prefix)
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // -15: raw deflate with a 32 KiB window; the gzip wrapper is parsed here.
        guard inflateInit2_(stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .decompressionFailed(path: path, reason: "out of memory")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Fills `target` with decompressed bytes; returns 0 only at the end of the input.
    /// - Throws: `cutShortInPacket` when the file ends inside a member; `decompressionFailed`
    ///   for corrupt data, a bad CRC or a wrong length.
    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        if let pendingError { throw pendingError }
        var produced = 0
        do {
            while produced == 0, state != .finished {
                produced = try step(into: target)
            }
            return produced
        } catch {
            if produced == 0 { throw error }
            pendingError = error
            return produced
        }
    }

    /// Advances the member state machine once; returns the bytes it produced (maybe 0).
    private func step(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        switch state {
        case .memberStart:
            try startMember()
            return 0
        case .inflating:
            return try inflate(into: target)
        case .trailer:
            try checkTrailer()
            return 0
        case .raw:
            let count = try input.readRaw(into: target)
            if count == 0 { state = .finished }
            return count
        case .finished:
            return 0
        }
    }

    /// Looks at what follows: nothing (end), a new member, or other bytes (copied raw).
    private func startMember() throws(CaptureError) {
        guard try input.request(1) else {
            state = .finished
            return
        }
        guard try input.request(2), input.buffered[0] == 0x1F, input.buffered[1] == 0x8B else {
            state = .raw
            return
        }
        try GzipMemberHeader.skip(in: input, path: path)
        inflateReset(stream)
        crc = crc32(0, nil, 0)
        memberLength = 0
        state = .inflating
    }

    /// Inflates buffered input into `target`, refilling the input when it runs dry.
    private func inflate(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int {
        if input.buffered.isEmpty, try !input.request(1) {
            throw .cutShortInPacket(path: path)
        }
        let source = input.buffered
        stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(min(source.count, Int(UInt32.max)))
        stream.pointee.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(min(target.count, Int(UInt32.max)))
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        input.consume(source.count - Int(stream.pointee.avail_in))
        let produced = target.count - Int(stream.pointee.avail_out)
        if produced > 0 {
            crc = crc32(crc, target.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(produced))
            memberLength &+= UInt32(truncatingIfNeeded: produced)
        }
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return produced
        case Z_STREAM_END:
            state = .trailer
            return produced
        default:
            let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            throw .decompressionFailed(path: path, reason: reason)
        }
    }

    /// Checks a member's CRC32 and length (both little-endian), tshark's way and words.
    private func checkTrailer() throws(CaptureError) {
        guard try input.request(8) else { throw .cutShortInPacket(path: path) }
        let bytes = input.buffered
        let storedCRC = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[$1]) << (8 * $1) }
        let storedLength = (4..<8).reduce(UInt32(0)) { $0 | UInt32(bytes[$1]) << (8 * ($1 - 4)) }
        input.consume(8)
        guard storedCRC == UInt32(truncatingIfNeeded: crc) else {
            throw .decompressionFailed(path: path, reason: "bad CRC")
        }
        guard storedLength == memberLength else {
            throw .decompressionFailed(path: path, reason: "length field wrong")
        }
        state = .memberStart
    }
}
