import PacketDecoding

/// What a pcap file header says about the records that follow.
struct PcapFileHeader {
    /// `a1b2c3d4`: microsecond timestamps.
    static let microsecondMagic: UInt32 = 0xA1B2_C3D4
    /// `a1b23c4d`: nanosecond timestamps.
    static let nanosecondMagic: UInt32 = 0xA1B2_3C4D
    /// `a1b2cd34`: Alexey Kuznetzov's modified format, with 24-byte record headers.
    static let modifiedMagic: UInt32 = 0xA1B2_CD34

    /// Whether multi-byte fields are in the other byte order than this machine's.
    var swapped: Bool
    /// Whether the second timestamp field counts nanoseconds rather than microseconds.
    var isNanosecond: Bool
    /// Whether record headers carry Kuznetzov's 8 extra bytes.
    var isModified: Bool
    /// The link type, without the FCS bits libpcap keeps in the upper bits.
    var linkType: LinkType

    /// Recognises a pcap magic number in the first 4 bytes at `base`.
    /// - Returns: the byte order and flavour, or `nil` when this is not a pcap file.
    static func recognise(magicAt base: UnsafeRawPointer) -> (swapped: Bool, magic: UInt32)? {
        let native = base.loadUnaligned(as: UInt32.self)
        for magic in [microsecondMagic, nanosecondMagic, modifiedMagic] {
            if native == magic { return (false, magic) }
            if native == magic.byteSwapped { return (true, magic) }
        }
        return nil
    }

    /// Parses the 24-byte file header at `base`, whose magic `recognise` accepted.
    init(base: UnsafeRawPointer, swapped: Bool, magic: UInt32) {
        let fields = FieldReader(base: base, swapped: swapped)
        self.swapped = swapped
        isNanosecond = magic == Self.nanosecondMagic
        isModified = magic == Self.modifiedMagic
        // LT_LINKTYPE: the low 16 bits; the FCS length lives in the top bits.
        linkType = LinkType(rawValue: fields.uint32(at: 20) & 0xFFFF)
    }
}
