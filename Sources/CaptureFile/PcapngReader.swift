import PacketDecoding

/// Frames from a pcapng file, read block by block and checked as tshark 4.0.17 checks them.
///
/// ```
/// every block:  +------+--------------+------ body ------+--------------+
///               | type | total length |  ... (padded)    | total length |
///               +------+--------------+------------------+--------------+
/// ```
/// Total lengths are rounded up to a multiple of 4, as tshark does. Interface ids count from 0
/// in each section; a new Section Header Block forgets them and may switch byte order. tshark
/// 4.0.17 still names a frame's interface by looking its (section) id up in the list of every
/// IDB of the file, so ``interfaceNames`` keeps them all.
/// Packet blocks (EPB, SPB, PB) give frames; custom (Netflix ones included), Sysdig and
/// systemd-journal blocks give frames of `LinkType.nonPacketRecord`, as tshark counts them too;
/// other blocks are skipped. Where tshark's parser fails without an error (Netflix blocks and
/// options it cannot take), reading ends there without one too.
final class PcapngReader {
    /// Block type of a Section Header Block (the same in both byte orders).
    static let sectionHeaderType: UInt32 = 0x0A0D_0D0A
    /// The byte-order magic in a Section Header Block.
    static let byteOrderMagic: UInt32 = 0x1A2B_3C4D
    /// tshark's largest block: an EPB holding a 128 MiB D-Bus packet and 128 KiB of options.
    static let maximumBlockLength: UInt32 = 32 + 128 * 1024 * 1024 + 131_072

    /// What reading one block gave.
    private enum BlockResult {
        case frame(CapturedFrame)
        case nothing
        case endOfFile
        /// tshark's parser failed inside the block without an error, having read `offset`
        /// bytes of it (see ``PcapngOptions/Ending/givesUp``).
        case givenUp(atOffset: Int)
    }

    let buffer: ReadBuffer
    /// Whether the current section is in the other byte order than this machine's.
    private(set) var swapped = false
    /// The current section's interfaces, by interface id.
    var interfaces: [PcapngInterface] = []
    /// The display name (``PcapngInterface/displayName``) of every IDB read so far, all
    /// sections together, in file order.
    var interfaceNames: [[UInt8]?] = []
    /// Every IDB read so far, all sections together, in file order.
    var describedInterfaces: [CaptureInterface] = []
    /// Set where tshark gave up reading without an error: no frame follows.
    private var hasGivenUp = false

    /// Opens the file as tshark does: the first Section Header Block, then every Interface
    /// Description Block that directly follows it.
    /// - Throws: `notACaptureFile` when the first block is not a readable SHB; tshark's
    ///   errors for a damaged SHB or IDB. An SHB with pcapng's magic numbers that the file ends
    ///   inside is reported as damaged: tshark then opens the file as "MIME File Format", one
    ///   opaque frame, and prints empty results with exit status 0 (README, Known differences).
    init(buffer: ReadBuffer) throws(CaptureError) {
        self.buffer = buffer
        _ = try readSectionHeader(opening: true)
        while let head = try buffer.window(8) {
            guard FieldReader(bytes: head, swapped: swapped).uint32(at: 0) == 1 else { return }
            if case .givenUp(let offset) = try readBlock() {
                // While opening, tshark takes such a failure for the end of the IDBs (this one is
                // not added) and reads on from where it stopped: this block's trailer.
                buffer.consume(offset)
                return
            }
        }
        if buffer.available > 0 {
            throw .cutShortInPacket(path: buffer.path)
        }
    }

    /// The next frame, or `nil` at the end of the file.
    /// - Throws: tshark's errors for cut or malformed blocks.
    func next() throws(CaptureError) -> CapturedFrame? {
        while !hasGivenUp {
            switch try readBlock() {
            case .frame(let frame): return frame
            case .nothing: continue
            case .endOfFile: return nil
            case .givenUp: hasGivenUp = true
            }
        }
        return nil
    }

    /// Makes the first `count` bytes of the current block available.
    /// - Returns: a reader for exactly them (valid until the next call).
    /// - Throws: `cutShortInPacket` when the input ends first.
    @inline(__always)
    func need(_ count: Int) throws(CaptureError) -> FieldReader {
        guard let bytes = try buffer.window(count) else { throw .cutShortInPacket(path: buffer.path) }
        return FieldReader(bytes: bytes, swapped: swapped)
    }

    /// Bytes `offset ..< offset + count` of the current block, read in if needed: how every
    /// length taken from a block becomes a range of bytes.
    /// - Throws: `cutShortInPacket` when the input ends before them, and for a negative or
    ///   overflowing range: tshark computes its lengths in unsigned 32-bit arithmetic, where such
    ///   a value asks for gigabytes no file has left, and its read comes up short.
    func bytes(at offset: Int, count: Int) throws(CaptureError) -> FieldReader {
        guard offset >= 0, count >= 0, case (let end, false) = offset.addingReportingOverflow(count),
            let range = try need(end).slice(at: offset, count: count)
        else { throw .cutShortInPacket(path: buffer.path) }
        return range
    }

    /// The error tshark reports for impossible contents, with its detail text.
    func damaged(_ detail: String) -> CaptureError {
        .damaged(path: buffer.path, detail: detail)
    }

    /// A block total length rounded up to a multiple of 4, in 32 bits, as tshark rounds it.
    static func roundUp(_ length: UInt32) -> UInt32 {
        (length &+ 3) & ~3
    }

    /// Reads one block: its body by type, then the trailing copy of its length.
    private func readBlock() throws(CaptureError) -> BlockResult {
        guard let bytes = try buffer.window(8) else {
            if buffer.available == 0 { return .endOfFile }
            throw .cutShortInPacket(path: buffer.path)
        }
        let head = FieldReader(bytes: bytes, swapped: swapped)
        let type = head.uint32(at: 0)
        if type == Self.sectionHeaderType {  // the same in both byte orders
            let ending = try readSectionHeader(opening: false)
            return ending == .complete ? .nothing : .givenUp(atOffset: 0)
        }
        let length = Self.roundUp(head.uint32(at: 4))
        guard length <= Self.maximumBlockLength else {
            throw damaged("pcapng: total block length \(length) is too large (> \(Self.maximumBlockLength))")
        }
        let outcome = try readBody(type: type, length: Int(length))
        if outcome.givesUp {
            return .givenUp(atOffset: outcome.trailerOffset)
        }
        let block = try checkTrailer(at: outcome.trailerOffset, length: length)
        var result = BlockResult.nothing
        if let frame = outcome.frame {
            guard let captured = frame.frame(in: block) else { throw .cutShortInPacket(path: buffer.path) }
            result = .frame(captured)
        }
        buffer.consume(block.count)
        return result
    }

    /// Reads a block body by type; returns its frame, if any, and where its trailer is.
    private func readBody(type: UInt32, length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        switch type {
        case 1: try readInterface(length: length)
        case 2: try readPacket(length: length, enhanced: false)
        case 3: try readSimplePacket(length: length)
        case 6: try readPacket(length: length, enhanced: true)
        case 4: try readNameResolution(length: length)
        case 5: try readStatistics(length: length)
        case 0x0A: try readDecryptionSecrets(length: length)
        case 0x0BAD, 0x4000_0BAD: try readCustom(length: length)
        case 0x204, 0x216, 0x221: try readSysdigEvent(length: length, type: type)
        case 9: try readJournalEntry(length: length)
        default: try skipUnknown(length: length)
        }
    }

    /// Checks the block's trailing length (rounded like the leading one) at `offset`.
    /// - Returns: the whole block, trailer included.
    @discardableResult
    private func checkTrailer(at offset: Int, length: UInt32) throws(CaptureError) -> FieldReader {
        let block = try need(offset + 4)
        let trailer = Self.roundUp(block.uint32(at: offset))
        guard trailer == length else {
            throw damaged("pcapng: total block lengths (first \(length) and second \(trailer)) don't match")
        }
        return block
    }

    /// Whether `value` is pcapng's byte-order magic, read in either byte order.
    private static func isByteOrderMagic(_ value: UInt32) -> Bool {
        value == byteOrderMagic || value == byteOrderMagic.byteSwapped
    }

    /// Reads a Section Header Block: its byte order and version; forgets the previous
    /// section's interfaces.
    /// - Parameter opening: whether this is the file's first block, where a short or
    ///   foreign-looking block means "not pcapng" rather than an error.
    /// - Returns: `.givesUp` for a later SHB whose options tshark gives up on.
    private func readSectionHeader(opening: Bool) throws(CaptureError) -> PcapngOptions.Ending {
        let notPcapng: CaptureError =
            opening ? .notACaptureFile(path: buffer.path) : .cutShortInPacket(path: buffer.path)
        guard let head = try buffer.window(24) else {
            // A pcapng start (block type and byte-order magic) cut before its first 24 bytes.
            if opening, buffer.available >= 12, let start = try buffer.window(12),
                Self.isByteOrderMagic(FieldReader(bytes: start, swapped: false).uint32(at: 8))
            {
                throw damaged("pcapng: the file ends inside its Section Header Block")
            }
            throw notPcapng
        }
        let magic = FieldReader(bytes: head, swapped: false).uint32(at: 8)
        guard Self.isByteOrderMagic(magic) else {
            if opening { throw notPcapng }
            throw damaged("pcapng: unknown byte-order magic number 0x\(magic.hex8)")
        }
        let sectionSwapped = magic != Self.byteOrderMagic
        var block = FieldReader(bytes: head, swapped: sectionSwapped)
        let length = Self.roundUp(block.uint32(at: 4))
        guard length >= 28 else {
            throw damaged("pcapng: total block length \(length) of an SHB is less than the minimum SHB size 28")
        }
        guard length <= Self.maximumBlockLength else {
            throw damaged("pcapng: total block length \(length) is too large (> \(Self.maximumBlockLength))")
        }
        let (major, minor) = (block.uint16(at: 12), block.uint16(at: 14))
        guard major == 1, minor == 0 || minor == 2 else {
            throw .unsupported(path: buffer.path, detail: "pcapng: unknown SHB version \(major).\(minor)")
        }
        guard let body = try buffer.window(Int(length) - 4) else {
            if opening {
                throw damaged("pcapng: total block length \(length) of the SHB runs past the end of the file")
            }
            throw notPcapng
        }
        block = FieldReader(bytes: body, swapped: sectionSwapped)
        guard let options = block.suffix(from: 24) else { throw .cutShortInPacket(path: buffer.path) }
        guard try PcapngOptions.walk(options, path: buffer.path) == .complete else {
            // Opening, tshark reports the failure with no error code: strerror(0).
            if opening { throw .openFailed(path: buffer.path, reason: "Success") }
            return .givesUp
        }
        swapped = sectionSwapped
        interfaces.removeAll(keepingCapacity: true)
        try checkTrailer(at: Int(length) - 4, length: length)
        buffer.consume(Int(length))
        return .complete
    }
}
