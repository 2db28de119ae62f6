import PacketDecoding

/// A pcap file header, checked as tshark checks it.
///
/// ```
/// +-------+-------+-------+----------+---------+----------+-------------------------+
/// | magic | major | minor | thiszone | sigfigs | snaplen  | linktype (FCS bits high) |
/// |  4    |  2    |  2    |    4     |    4    |    4     |           4             |
/// +-------+-------+-------+----------+---------+----------+-------------------------+
/// ```
struct PcapFileHeader {
    /// The header's size.
    static let size = 24
    /// `a1b2c3d4`: microsecond timestamps (standard, AIX, ss990417 or Nokia records).
    static let standardMagic: UInt32 = 0xA1B2_C3D4
    /// `a1b23c4d`: nanosecond timestamps.
    static let nanosecondMagic: UInt32 = 0xA1B2_3C4D
    /// `a1b2cd34`: Kuznetzov's modified format (ss990915 or ss991029 records).
    static let modifiedMagic: UInt32 = 0xA1B2_CD34

    /// How the captured and original lengths are ordered in record headers.
    enum LengthOrder {
        /// `incl_len` then `orig_len`, as today.
        case normal
        /// `orig_len` first: files before version 2.3, and DG/UX's version 543.
        case swapped
        /// Version 2.3: swapped only where `incl_len > orig_len`.
        case swappedWhenImpossible
    }

    /// Whether multi-byte fields are in the other byte order than this machine's.
    let swapped: Bool
    /// The magic number, in this machine's byte order.
    let magic: UInt32
    /// The header's snapshot length.
    let snapshotLength: UInt32
    /// The link type, without the FCS bits (AIX interface types already mapped).
    let linkType: LinkType
    /// The length order of the record headers.
    let lengthOrder: LengthOrder
    /// The variant, when the header alone decides it (otherwise the probe does).
    let knownVariant: PcapVariant?

    /// Recognises a pcap magic number in the file's first 4 bytes, read in this machine's order.
    /// - Returns: the byte order and the magic, or `nil` when this is not a pcap file.
    static func recognise(_ native: UInt32) -> (swapped: Bool, magic: UInt32)? {
        for magic in [standardMagic, nanosecondMagic, modifiedMagic] {
            if native == magic { return (false, magic) }
            if native == magic.byteSwapped { return (true, magic) }
        }
        return nil
    }

    /// Parses and checks the 24-byte header in `fields`, whose magic `recognise` accepted.
    /// - Throws: `unsupported` for a version before 2, reserved link-type bits, or a link
    ///   type tshark does not know, with tshark's detail text.
    init(_ fields: FieldReader, magic: UInt32, path: String) throws(CaptureError) {
        let major = fields.uint16(at: 4)
        let minor = fields.uint16(at: 6)
        var network = fields.uint32(at: 20)
        guard major >= 2 else {
            throw .unsupported(path: path, detail: "pcap: major version \(major) unsupported")
        }
        swapped = fields.swapped
        self.magic = magic
        snapshotLength = fields.uint32(at: 16)
        // Files older than 2.4 (and DG/UX's 543) are standard pcap, with the lengths swapped;
        // the nanosecond magic decides alone; AIX hides behind version 2.2.
        var oldVersion = true
        switch (major, minor) {
        case (2, 0..<3), (543, _): lengthOrder = .swapped
        case (2, 3): lengthOrder = .swappedWhenImpossible
        default:
            lengthOrder = .normal
            oldVersion = false
        }
        switch magic {
        case Self.nanosecondMagic:
            knownVariant = .nanosecond
        case Self.standardMagic:
            if major == 2, minor == 2, let mapped = Self.aixLinkType(network) {
                network = mapped
                knownVariant = .aix
            } else {
                knownVariant = oldVersion ? .standard : nil
            }
        default:
            knownVariant = nil
        }
        let reserved = network & 0x03FF_0000
        guard reserved == 0 else {
            throw .unsupported(
                path: path, detail: "pcap: network type reserved field not zero (0x\(reserved.hex8))"
            )
        }
        linkType = LinkType(rawValue: network & 0xFFFF)
        guard linkType.isKnownToTshark else {
            throw .unsupported(path: path, detail: "pcap: network type \(network) unknown or unsupported")
        }
    }

    /// AIX writes RFC 1573 interface types; tshark maps them to link types.
    private static func aixLinkType(_ network: UInt32) -> UInt32? {
        switch network {
        case 6: 1  // Ethernet
        case 9: 6  // Token Ring
        case 15: 10  // FDDI
        case 24: 0  // loopback
        default: nil
        }
    }
}
