/// Writes pcapng files: a section header, interface descriptions and packet blocks, in either byte order.
///
/// Every block has the same frame: `type (4) | total length (4) | body… | total length (4)`, the body
/// padded to 32 bits. Options are `code (2) | length (2) | value…` padded to 32 bits, closed by
/// `opt_endofopt`.
public struct PcapngWriter: Sendable {
    /// One interface description block (IDB).
    public struct Interface: Sendable, Hashable {
        /// The `LINKTYPE_*` value of packets on this interface.
        public var linkType: UInt16
        /// The interface's snapshot length.
        public var snaplen: UInt32
        /// `if_tsresol`: a power of ten (6 = µs, 9 = ns), or `0x80 | n` for 2^-n; `nil` omits it (µs).
        public var timestampResolution: UInt8?
        /// `if_name`, if any.
        public var name: String?

        /// Creates an interface description.
        public init(linkType: UInt16, snaplen: UInt32 = 262_144, timestampResolution: UInt8? = nil, name: String? = nil)
        {
            self.linkType = linkType
            self.snaplen = snaplen
            self.timestampResolution = timestampResolution
            self.name = name
        }
    }

    /// One block after the section header, in file order.
    public enum Block: Sendable, Hashable {
        /// An interface description; interfaces are numbered in the order they appear.
        case interface(Interface)
        /// An enhanced packet block on `record.interface`.
        case packet(CaptureRecord)
        /// A simple packet block (always interface 0, no timestamp).
        case simplePacket(data: [UInt8], originalLength: Int)
        /// Any other block, written verbatim (name resolution, statistics, custom blocks).
        case other(type: UInt32, body: [UInt8])
    }

    /// The byte order of the section.
    public var order: ByteOrder

    /// Creates a writer for one section in the given byte order.
    public init(order: ByteOrder = .little) {
        self.order = order
    }

    /// Encodes a file made of one section.
    /// - Parameter blocks: the blocks after the section header block.
    /// - Returns: the file's bytes.
    public func encode(_ blocks: [Block]) -> [UInt8] {
        var out = block(type: 0x0A0D_0D0A, body: sectionHeaderBody())
        var resolutions: [UInt8?] = []
        for item in blocks {
            switch item {
            case .interface(let interface):
                resolutions.append(interface.timestampResolution)
                out += block(type: 1, body: interfaceBody(interface))
            case .packet(let record):
                let resolution = record.interface < resolutions.count ? resolutions[record.interface] : nil
                out += block(type: 6, body: enhancedPacketBody(record, resolution: resolution))
            case .simplePacket(let data, let originalLength):
                var body = ByteWriter(order: order)
                body.u32(UInt32(originalLength))
                body.append(data)
                body.pad(to: 4)
                out += block(type: 3, body: body.bytes)
            case .other(let type, let body):
                out += block(type: type, body: body)
            }
        }
        return out
    }

    /// Convenience: one block per interface, then one enhanced packet block per record.
    public func encode(interfaces: [Interface], records: [CaptureRecord]) -> [UInt8] {
        encode(interfaces.map(Block.interface) + records.map(Block.packet))
    }

    private func sectionHeaderBody() -> [UInt8] {
        var body = ByteWriter(order: order)
        body.u32(0x1A2B_3C4D)
        body.u16(1)
        body.u16(0)
        body.u64(UInt64.max)  // section length unknown
        body.append(endOfOptions())
        return body.bytes
    }

    private func interfaceBody(_ interface: Interface) -> [UInt8] {
        var body = ByteWriter(order: order)
        body.u16(interface.linkType)
        body.u16(0)
        body.u32(interface.snaplen)
        if let name = interface.name {
            body.append(option(code: 2, value: Array(name.utf8)))
        }
        if let resolution = interface.timestampResolution {
            body.append(option(code: 9, value: [resolution]))
        }
        body.append(endOfOptions())
        return body.bytes
    }

    private func enhancedPacketBody(_ record: CaptureRecord, resolution: UInt8?) -> [UInt8] {
        let ticks = Self.ticks(record, resolution: resolution ?? 6)
        var body = ByteWriter(order: order)
        body.u32(UInt32(record.interface))
        body.u32(UInt32(truncatingIfNeeded: ticks >> 32))
        body.u32(UInt32(truncatingIfNeeded: ticks))
        body.u32(UInt32(record.data.count))
        body.u32(UInt32(record.originalLength))
        body.append(record.data)
        body.pad(to: 4)
        return body.bytes
    }

    /// Converts a record's time into `if_tsresol` units (truncating, as a capturing host would).
    static func ticks(_ record: CaptureRecord, resolution: UInt8) -> UInt64 {
        let exponent = UInt64(resolution & 0x7F)
        if resolution & 0x80 != 0 {
            let fraction = (UInt64(record.nanoseconds) << exponent) / 1_000_000_000
            return (record.seconds << exponent) + fraction
        }
        var scale: UInt64 = 1
        for _ in 0..<exponent { scale *= 10 }
        if exponent <= 9 {
            var divisor: UInt64 = 1
            for _ in 0..<(9 - exponent) { divisor *= 10 }
            return record.seconds * scale + UInt64(record.nanoseconds) / divisor
        }
        return record.seconds * scale + UInt64(record.nanoseconds) * (scale / 1_000_000_000)
    }

    private func option(code: UInt16, value: [UInt8]) -> [UInt8] {
        var writer = ByteWriter(order: order)
        writer.u16(code)
        writer.u16(UInt16(value.count))
        writer.append(value)
        writer.pad(to: 4)
        return writer.bytes
    }

    private func endOfOptions() -> [UInt8] {
        [0, 0, 0, 0]
    }

    private func block(type: UInt32, body: [UInt8]) -> [UInt8] {
        var writer = ByteWriter(order: order)
        var padded = body
        while padded.count % 4 != 0 { padded.append(0) }
        writer.u32(type)
        writer.u32(UInt32(padded.count + 12))
        writer.append(padded)
        writer.u32(UInt32(padded.count + 12))
        return writer.bytes
    }
}
