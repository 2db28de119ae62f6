import PacketDecoding

/// What an Interface Description Block says about the packets captured on that interface.
struct PcapngInterface {
    /// The interface's link type.
    let linkType: LinkType
    /// The IDB's snapshot length (0: no limit).
    let snapshotLength: UInt32
    /// The largest captured length tshark accepts on this interface.
    let maximumCaptureLength: UInt32
    /// Timestamp units per second, from `if_tsresol` (10^6 when the option is absent).
    private(set) var unitsPerSecond: UInt64 = 1_000_000
    private var hasResolution = false
    /// The first one-byte `if_tsresol` value, as stored.
    private(set) var resolutionOption: UInt8?
    /// Seconds added to every timestamp, from `if_tsoffset`.
    private(set) var offsetSeconds: Int64?
    /// The first `if_name` (code 2), `if_description` (3) and `if_hardware` (15) values, each
    /// cut at its first NUL as tshark reads strings.
    private var name: [UInt8]?
    private var description: [UInt8]?
    private var hardware: [UInt8]?

    /// The name tshark gives the interface: its `if_name`, else its `if_description`, else its
    /// `if_hardware`; nil (tshark says `unknown`) without any of them.
    var displayName: [UInt8]? {
        name ?? description ?? hardware
    }

    /// An interface of `linkType` (the IDB's 16-bit field) and `snapshotLength`.
    init(linkType: LinkType, snapshotLength: UInt32) {
        self.linkType = linkType
        self.snapshotLength = snapshotLength
        maximumCaptureLength = linkType.maximumCaptureLength
    }

    /// What a writer must declare to copy this interface's frames.
    var declaration: CaptureInterface {
        CaptureInterface(
            linkType: linkType, snapshotLength: snapshotLength, timestampResolution: resolutionOption,
            timestampOffset: offsetSeconds)
    }

    /// Converts a pcapng timestamp (in `unitsPerSecond` units) to seconds and nanoseconds as
    /// tshark does: whole seconds plus `if_tsoffset`, and `fraction * 10^9 / units` computed in
    /// wrapping 64-bit arithmetic, truncating.
    func timestamp(units: UInt64) -> Timestamp {
        let seconds = Int64(bitPattern: units / unitsPerSecond) &+ (offsetSeconds ?? 0)
        let nanoseconds = ((units % unitsPerSecond) &* 1_000_000_000) / unitsPerSecond
        return Timestamp(seconds: seconds, nanoseconds: UInt32(truncatingIfNeeded: nanoseconds))
    }

    /// Applies `if_name` (code 2), `if_description` (3), `if_hardware` (15), `if_tsresol` (9)
    /// or `if_tsoffset` (14) as tshark 4.0.17 does: the first of each counts; other options,
    /// and other lengths, are ignored.
    mutating func apply(option code: UInt16, value: FieldReader) {
        switch code {
        case 9 where value.count == 1 && !hasResolution:
            unitsPerSecond = Self.unitsPerSecond(tsresol: value.uint8(at: 0))
            resolutionOption = value.uint8(at: 0)
            hasResolution = true
        case 14 where value.count == 8 && offsetSeconds == nil:
            offsetSeconds = Int64(bitPattern: value.uint64(at: 0))
        case 2 where name == nil:
            name = Self.string(value.bytes)
        case 3 where description == nil:
            description = Self.string(value.bytes)
        case 15 where hardware == nil:
            hardware = Self.string(value.bytes)
        default:
            break
        }
    }

    /// A string option's bytes up to its first NUL.
    private static func string(_ value: UnsafeRawBufferPointer) -> [UInt8] {
        Array(value.prefix { $0 != 0 })
    }

    /// `if_tsresol`: the top bit chooses base 2 or base 10, the rest is the negative exponent.
    /// Resolutions finer than 64-bit units can count (2^-63, 10^-19) become `UInt64.max`.
    static func unitsPerSecond(tsresol: UInt8) -> UInt64 {
        let exponent = tsresol & 0x7F
        let base: UInt64 = tsresol & 0x80 != 0 ? 2 : 10
        guard exponent < (base == 2 ? 64 : 20) else { return .max }
        var units: UInt64 = 1
        for _ in 0..<exponent {
            units *= base
        }
        return units
    }
}
