import PacketDecoding

extension LinkType {
    /// The pcap link types tshark 4.0.17 maps to an encapsulation of its own (wiretap's
    /// `pcap_to_wtap_map`); a pcap file with any other type is refused. Measured by opening a
    /// header-only pcap of every 16-bit type with `capinfos` 4.0.17.
    private static let knownToTshark: Set<UInt32> = [
        0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 19, 32, 50, 51, 99, 100, 101, 104, 105, 106, 107,
        108, 109, 112, 113, 114, 117, 118, 119, 121, 122, 123, 127, 128, 129, 130, 131, 133, 135, 136, 137,
        138, 139, 140, 141, 142, 143, 144, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
        160, 161, 162, 163, 165, 167, 169, 170, 171, 172, 173, 177, 178, 179, 180, 181, 183, 184, 186, 187,
        188, 189, 190, 192, 195, 196, 197, 199, 200, 201, 202, 203, 204, 209, 210, 211, 212, 213, 214, 215,
        220, 224, 225, 226, 227, 228, 229, 230, 231, 235, 236, 237, 239, 240, 241, 242, 243, 245, 248, 249,
        250, 251, 252, 253, 254, 255, 256, 258, 259, 260, 264, 266, 268, 270, 271, 272, 273, 274, 275, 276,
        279, 280, 283, 287, 288, 290, 292, 293, 294, 295,
    ]

    /// Whether tshark reads pcap files of this link type.
    var isKnownToTshark: Bool {
        Self.knownToTshark.contains(rawValue)
    }

    /// The largest captured length tshark accepts for a record of this link type
    /// (wiretap's `wtap_max_snaplen_for_encap`, measured the same way).
    var maximumCaptureLength: UInt32 {
        switch rawValue {
        case 186, 189, 220, 231, 249, 266:  // USB (Linux, mmapped, USBPcap, Darwin), D-Bus
            128 * 1024 * 1024
        case 279:  // EBHSCR
            8 * 1024 * 1024
        default:
            256 * 1024
        }
    }
}
