/// The pcap flavours tshark tells apart, mostly by their per-record header.
///
/// Three of them share the standard magic number and two the "modified" one, so tshark picks
/// among them by reading the first records (`PcapVariantProbe`).
enum PcapVariant: CaseIterable {
    /// Standard pcap, microsecond timestamps.
    case standard
    /// Standard pcap with nanosecond timestamps (magic `a1b23c4d`).
    case nanosecond
    /// AIX's pcap: standard records, nanosecond timestamps.
    case aix
    /// Kuznetzov's 1999-04-17 patch: standard magic, 24-byte record headers.
    case ss990417
    /// Kuznetzov's 1999-09-15 patch: modified magic, 28-byte record headers.
    case ss990915
    /// Kuznetzov's 1999-10-29 patch: modified magic, 24-byte record headers.
    case ss991029
    /// Nokia IPSO: standard magic, 20-byte record headers.
    case nokia

    /// The size of a record header.
    var recordHeaderSize: Int {
        switch self {
        case .standard, .nanosecond, .aix: 16
        case .ss990417, .ss991029: 24
        case .ss990915: 28
        case .nokia: 20
        }
    }

    /// Whether the second timestamp field counts nanoseconds (otherwise microseconds).
    var hasNanosecondTimestamps: Bool {
        self == .nanosecond || self == .aix
    }
}
