import ConformanceKit

/// Lays out pcap and pcapng bytes field by field, in either byte order, so tests can build exactly
/// the file they need, broken ones included: odd magics and versions, record lengths that disagree
/// with the data, wrong block lengths, obsolete blocks. ConformanceKit's `PcapWriter` and
/// `PcapngWriter` only write well-formed files; the integers go through its `ByteWriter`.
struct CaptureBytes {
    private var writer: ByteWriter

    /// Creates an empty file in the given byte order.
    init(bigEndian: Bool = false) {
        writer = ByteWriter(order: bigEndian ? .big : .little)
    }

    /// Whether multi-byte fields are written big-endian (switchable between sections).
    var bigEndian: Bool {
        get { writer.order == .big }
        set { restart(keeping: bytes, order: newValue ? .big : .little) }
    }

    /// Everything written so far.
    var bytes: [UInt8] { writer.bytes }

    /// Appends raw bytes.
    mutating func append(_ raw: [UInt8]) {
        writer.append(raw)
    }

    /// Appends a 16-bit field in the chosen byte order.
    mutating func u16(_ value: UInt16) {
        writer.u16(value)
    }

    /// Appends a 32-bit field in the chosen byte order.
    mutating func u32(_ value: UInt32) {
        writer.u32(value)
    }

    /// Appends a 64-bit field in the chosen byte order.
    mutating func u64(_ value: UInt64) {
        writer.u64(value)
    }

    /// Keeps only the first `count` bytes (to cut a file short).
    mutating func keepFirst(_ count: Int) {
        restart(keeping: Array(bytes.prefix(count)), order: writer.order)
    }

    /// Appends zero bytes up to the next multiple of 4.
    mutating func pad4() {
        writer.pad(to: 4)
    }

    /// Starts a new writer in `order` holding `kept`.
    private mutating func restart(keeping kept: [UInt8], order: ByteOrder) {
        writer = ByteWriter(order: order)
        writer.append(kept)
    }

    // MARK: pcap (any magic, version and record lengths)

    /// A pcap file header.
    mutating func pcapHeader(
        magic: UInt32 = 0xA1B2_C3D4, major: UInt16 = 2, minor: UInt16 = 4, snaplen: UInt32 = 65535,
        linkType: UInt32 = 1
    ) {
        u32(magic)
        u16(major)
        u16(minor)
        u32(0)
        u32(0)
        u32(snaplen)
        u32(linkType)
    }

    /// A pcap record; `captureLength` defaults to the data's length, `originalLength` to that.
    mutating func pcapRecord(
        seconds: UInt32 = 1_700_000_000, fraction: UInt32 = 5, data: [UInt8] = Self.payload(60),
        captureLength: UInt32? = nil, originalLength: UInt32? = nil
    ) {
        u32(seconds)
        u32(fraction)
        u32(captureLength ?? UInt32(data.count))
        u32(originalLength ?? captureLength ?? UInt32(data.count))
        append(data)
    }

    // MARK: pcapng

    /// A block of `type` around `body` (padded); `length`/`trailer` override the two lengths.
    mutating func block(
        _ type: UInt32, length: UInt32? = nil, trailer: UInt32? = nil, body: (inout CaptureBytes) -> Void
    ) {
        var inner = CaptureBytes(bigEndian: bigEndian)
        body(&inner)
        inner.pad4()
        let total = UInt32(12 + inner.bytes.count)
        u32(type)
        u32(length ?? total)
        append(inner.bytes)
        u32(trailer ?? total)
    }

    /// A Section Header Block.
    mutating func sectionHeader(major: UInt16 = 1, minor: UInt16 = 0) {
        block(0x0A0D_0D0A) {
            $0.u32(0x1A2B_3C4D)
            $0.u16(major)
            $0.u16(minor)
            $0.u64(UInt64.max)
        }
    }

    /// An Interface Description Block with optional `if_tsresol` / `if_tsoffset` and other
    /// `options` (code, value) after them.
    mutating func interface(
        linkType: UInt16 = 1, snaplen: UInt32 = 0, tsresol: UInt8? = nil, tsoffset: Int64? = nil,
        options: [(code: UInt16, value: [UInt8])] = []
    ) {
        block(1) {
            $0.u16(linkType)
            $0.u16(0)
            $0.u32(snaplen)
            if let tsresol {
                $0.option(9, [tsresol])
            }
            if let tsoffset {
                var value = CaptureBytes(bigEndian: $0.bigEndian)
                value.u64(UInt64(bitPattern: tsoffset))
                $0.option(14, value.bytes)
            }
            for option in options {
                $0.option(option.code, option.value)
            }
            if tsresol != nil || tsoffset != nil || !options.isEmpty {
                $0.option(0, [])
            }
        }
    }

    /// An option (code, length, padded value).
    mutating func option(_ code: UInt16, _ value: [UInt8]) {
        u16(code)
        u16(UInt16(value.count))
        append(value)
        pad4()
    }

    /// An Enhanced Packet Block; `options` are appended after the padded data.
    mutating func enhancedPacket(
        interface: UInt32 = 0, units: UInt64 = 1_700_000_000_000_000, data: [UInt8] = Self.payload(60),
        captureLength: UInt32? = nil, originalLength: UInt32? = nil, options: [UInt8] = []
    ) {
        block(6) {
            $0.u32(interface)
            $0.u32(UInt32(units >> 32))
            $0.u32(UInt32(truncatingIfNeeded: units))
            $0.u32(captureLength ?? UInt32(data.count))
            $0.u32(originalLength ?? UInt32(data.count))
            $0.append(data)
            $0.pad4()
            $0.append(options)
        }
    }

    /// A Simple Packet Block.
    mutating func simplePacket(data: [UInt8] = Self.payload(60), originalLength: UInt32? = nil) {
        block(3) {
            $0.u32(originalLength ?? UInt32(data.count))
            $0.append(data)
        }
    }

    /// An obsolete Packet Block (type 2).
    mutating func obsoletePacket(
        interface: UInt16 = 0, units: UInt64 = 1_700_000_000_000_000, data: [UInt8] = Self.payload(60)
    ) {
        block(2) {
            $0.u16(interface)
            $0.u16(0)
            $0.u32(UInt32(units >> 32))
            $0.u32(UInt32(truncatingIfNeeded: units))
            $0.u32(UInt32(data.count))
            $0.u32(UInt32(data.count))
            $0.append(data)
        }
    }

    /// `count` bytes of recognisable packet data.
    static func payload(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
    }
}
