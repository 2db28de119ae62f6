import CaptureFile

/// The file format of the per-stream captures, chosen once from the source capture.
package enum StreamCaptureFormat: Equatable, Sendable {
    /// pcap, with nanosecond timestamps or microsecond ones. `copiesStoredTimestamps`: the
    /// source is pcap of the same unit, whose record timestamps are copied as stored; otherwise
    /// they are converted from the frame's timestamp.
    case pcap(nanosecond: Bool, copiesStoredTimestamps: Bool)
    /// pcapng: one IDB per source interface a file uses, timestamps copied as stored.
    case pcapng

    /// The format for frames of a source with `interfaces`: pcap for a pcap source, in its unit;
    /// pcap for a pcapng source with at most one interface, in microseconds when its resolution
    /// is exactly representable in them; pcapng for a pcapng source with several interfaces.
    /// A pcapng file may describe interfaces after its first packets: pass
    /// ``CaptureReader/interfaces`` once the first pass has read the whole file.
    package init(sourceIsPcapng: Bool, interfaces: [CaptureInterface]) {
        guard sourceIsPcapng else {
            let nanosecond = interfaces.first?.timestampResolution == 9
            self = .pcap(nanosecond: nanosecond, copiesStoredTimestamps: true)
            return
        }
        guard interfaces.count <= 1 else {
            self = .pcapng
            return
        }
        // if_tsresol 0...6 in base 10 (absent: 6) give whole microseconds.
        let resolution = interfaces.first?.timestampResolution ?? 6
        self = .pcap(nanosecond: resolution > 6, copiesStoredTimestamps: false)
    }
}
