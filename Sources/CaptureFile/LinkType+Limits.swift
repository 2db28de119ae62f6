import PacketDecoding

extension LinkType {
    /// The largest captured length tshark accepts for a record of this link type
    /// (wiretap's `wtap_max_snaplen_for_encap`): 256 KiB except for a few USB-like and bus types.
    var maximumCaptureLength: UInt32 {
        switch rawValue {
        case 189, 220, 249:  // USB Linux, USB Linux mmapped, USBPcap
            128 * 1024 * 1024
        case 231:  // D-Bus
            128 * 1024 * 1024
        case 279:  // EBHSCR
            8 * 1024 * 1024 + 32
        default:
            256 * 1024
        }
    }
}
