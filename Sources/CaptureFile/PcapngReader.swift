import PacketDecoding

/// Frames from a pcapng file: sections, interfaces, and enhanced, simple and obsolete packet blocks.
///
/// ```
/// every block:  +------+--------------+------ body ------+--------------+
///               | type | total length |  ... (padded)    | total length |
///               +------+--------------+------------------+--------------+
/// ```
/// Interface ids count from 0 in each section; a new Section Header Block forgets them and may
/// switch byte order. Block types other than SHB, IDB, EPB, SPB and PB are skipped.
final class PcapngReader {
    /// Block type of a Section Header Block (the same in both byte orders).
    static let sectionHeaderType: UInt32 = 0x0A0D_0D0A
    /// The byte-order magic in a Section Header Block.
    static let byteOrderMagic: UInt32 = 0x1A2B_3C4D

    private let buffer: ReadBuffer
    private var swapped = false
    private var interfaces: [PcapngInterface] = []

    /// Starts reading at the first Section Header Block, buffered at `buffer.cursor`.
    init(buffer: ReadBuffer) {
        self.buffer = buffer
    }

    /// The next packet, or `nil` at the end of the file.
    /// - Throws: tshark's errors for cut or malformed blocks.
    func next() throws(CaptureError) -> CapturedFrame? {
        while true {
            guard try buffer.request(8) else {
                if buffer.available == 0 { return nil }
                throw .cutShortInPacket(path: buffer.path)
            }
            let type = buffer.cursor.loadUnaligned(as: UInt32.self)
            if type == Self.sectionHeaderType {
                try readSectionHeader()
                continue
            }
            let head = FieldReader(base: buffer.cursor, swapped: swapped)
            let blockType = head.uint32(at: 0)
            let length = Int(head.uint32(at: 4))
            try checkBlockLength(length)
            guard try buffer.request(length) else {
                throw .cutShortInPacket(path: buffer.path)
            }
            let block = FieldReader(base: buffer.cursor, swapped: swapped)
            let frame: CapturedFrame?
            switch blockType {
            case 1: frame = try readInterface(block, length: length)
            case 6: frame = try readEnhancedPacket(block, length: length)
            case 3: frame = try readSimplePacket(block, length: length)
            case 2: frame = try readObsoletePacket(block, length: length)
            default: frame = nil
            }
            buffer.consume(length)
            if let frame { return frame }
        }
    }

    /// Rejects total lengths tshark calls corrupt.
    private func checkBlockLength(_ length: Int) throws(CaptureError) {
        guard length >= 12 else {
            throw .damaged(
                path: buffer.path,
                detail: "pcapng: total block length \(length) of block is less than the minimum block size 12"
            )
        }
        guard length % 4 == 0 else {
            throw .damaged(
                path: buffer.path, detail: "pcapng: total block length \(length) of block is not a multiple of 4"
            )
        }
        guard length <= ReadBuffer.maximumCapacity else {
            throw .damaged(path: buffer.path, detail: "pcapng: total block length \(length) is too large")
        }
    }

    /// Reads a Section Header Block: its byte order; forgets the previous section's interfaces.
    private func readSectionHeader() throws(CaptureError) {
        guard try buffer.request(12) else {
            throw .cutShortInPacket(path: buffer.path)
        }
        let magic = buffer.cursor.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        if magic == Self.byteOrderMagic {
            swapped = false
        } else if magic == Self.byteOrderMagic.byteSwapped {
            swapped = true
        } else {
            throw .damaged(path: buffer.path, detail: "pcapng: unknown byte-order magic number")
        }
        let length = Int(FieldReader(base: buffer.cursor, swapped: swapped).uint32(at: 4))
        try checkBlockLength(length)
        guard try buffer.request(length) else {
            throw .cutShortInPacket(path: buffer.path)
        }
        interfaces.removeAll(keepingCapacity: true)
        buffer.consume(length)
    }

    /// Reads an Interface Description Block and its timestamp options.
    private func readInterface(_ block: FieldReader, length: Int) throws(CaptureError) -> CapturedFrame? {
        guard length >= 20 else {
            throw .damaged(path: buffer.path, detail: "pcapng: interface description block is too short")
        }
        var interface = PcapngInterface(
            linkType: LinkType(rawValue: UInt32(block.uint16(at: 8))),
            snapshotLength: block.uint32(at: 12)
        )
        var offset = 16
        let optionsEnd = length - 4
        while offset + 4 <= optionsEnd {
            let code = block.uint16(at: offset)
            let valueLength = Int(block.uint16(at: offset + 2))
            if code == 0 { break }
            guard offset + 4 + valueLength <= optionsEnd else { break }
            let value = UnsafeRawBufferPointer(start: block.base + offset + 4, count: valueLength)
            interface.apply(option: code, value: value, swapped: swapped)
            offset += 4 + (valueLength + 3) & ~3
        }
        interfaces.append(interface)
        return nil
    }

    /// Reads an Enhanced Packet Block (type 6).
    private func readEnhancedPacket(_ block: FieldReader, length: Int) throws(CaptureError) -> CapturedFrame? {
        guard length >= 32 else {
            throw .damaged(path: buffer.path, detail: "pcapng: enhanced packet block is too short")
        }
        return try packet(
            block, interfaceID: Int(block.uint32(at: 8)), timestampAt: 12, lengthsAt: 20, room: length - 32
        )
    }

    /// Reads an obsolete Packet Block (type 2): a 16-bit interface id and a drop count.
    private func readObsoletePacket(_ block: FieldReader, length: Int) throws(CaptureError) -> CapturedFrame? {
        guard length >= 32 else {
            throw .damaged(path: buffer.path, detail: "pcapng: packet block is too short")
        }
        return try packet(
            block, interfaceID: Int(block.uint16(at: 8)), timestampAt: 12, lengthsAt: 20, room: length - 32
        )
    }

    /// Builds the frame of an EPB or PB from its interface, timestamp and length fields.
    private func packet(
        _ block: FieldReader, interfaceID: Int, timestampAt: Int, lengthsAt: Int, room: Int
    ) throws(CaptureError) -> CapturedFrame {
        guard interfaceID < interfaces.count else {
            throw .damaged(
                path: buffer.path,
                detail: "pcapng: interface index \(interfaceID) is not less than section interface count \(interfaces.count)"
            )
        }
        let interface = interfaces[interfaceID]
        let captureLength = Int(block.uint32(at: lengthsAt))
        guard captureLength <= room else {
            throw .damaged(
                path: buffer.path, detail: "pcapng: cap_len \(captureLength) is larger than the packet data"
            )
        }
        return CapturedFrame(
            linkType: interface.linkType,
            timestamp: interface.timestamp(units: block.splitUInt64(at: timestampAt)),
            originalLength: Int(block.uint32(at: lengthsAt + 4)),
            bytes: UnsafeRawBufferPointer(start: block.base + lengthsAt + 8, count: captureLength)
        )
    }

    /// Reads a Simple Packet Block (type 3): interface 0, no timestamp, length from the block.
    private func readSimplePacket(_ block: FieldReader, length: Int) throws(CaptureError) -> CapturedFrame? {
        guard length >= 16 else {
            throw .damaged(path: buffer.path, detail: "pcapng: simple packet block is too short")
        }
        guard let interface = interfaces.first else {
            throw .damaged(path: buffer.path, detail: "pcapng: simple packet block without an interface")
        }
        let originalLength = Int(block.uint32(at: 8))
        var captureLength = min(originalLength, length - 16)
        if interface.snapshotLength != 0 {
            captureLength = min(captureLength, Int(interface.snapshotLength))
        }
        return CapturedFrame(
            linkType: interface.linkType,
            timestamp: .zero,
            originalLength: originalLength,
            bytes: UnsafeRawBufferPointer(start: block.base + 12, count: captureLength)
        )
    }
}
