import ConformanceKit

/// The packets of one capture being generated, with a synthetic clock.
///
/// Each appended frame gets the current clock value, then the clock advances by `step`,
/// so every capture is reproducible to the nanosecond.
final class Trace {
    /// The framing used unless a frame says otherwise.
    var link: LinkLayer
    /// The records so far, in file order.
    private(set) var records: [CaptureRecord] = []
    /// The next frame's time, in nanoseconds since the epoch.
    var clock: UInt64
    /// How far the clock moves after each frame.
    var step: UInt64

    /// The default start time: 2023-11-14 22:13:20 UTC.
    static let epoch: UInt64 = 1_700_000_000 * 1_000_000_000

    /// Creates an empty trace.
    init(link: LinkLayer = .ethernet, start: UInt64 = Trace.epoch, step: UInt64 = 1_000_000) {
        self.link = link
        clock = start
        self.step = step
    }

    /// Frames an IP packet with `link` (or the trace's link) and appends it.
    /// - Parameters:
    ///   - packet: the IP packet bytes.
    ///   - link: the framing for this frame only.
    ///   - caplen: keep only this many bytes of the frame (the wire length stays whole).
    ///   - interface: the pcapng interface index.
    func append(ip packet: [UInt8], link: LinkLayer? = nil, caplen: Int? = nil, interface: Int = 0) {
        append(frame: (link ?? self.link).frame(packet), caplen: caplen, interface: interface)
    }

    /// Appends a ready-made frame.
    func append(frame: [UInt8], caplen: Int? = nil, interface: Int = 0) {
        let kept = caplen.map { Array(frame.prefix($0)) } ?? frame
        records.append(
            CaptureRecord(
                seconds: clock / 1_000_000_000, nanoseconds: UInt32(clock % 1_000_000_000),
                data: kept, originalLength: frame.count, interface: interface))
        clock += step
    }

    /// Sets the fraction of record `index` to `nanoseconds`, unchecked: a damaged capture's pcap
    /// record can hold a microsecond field of a second or more.
    func setFraction(nanoseconds: UInt32, ofRecord index: Int) {
        records[index].nanoseconds = nanoseconds
    }

    /// Appends a copy of an earlier record (same bytes) at the current time, on `interface`.
    func duplicate(_ index: Int, interface: Int? = nil) {
        let original = records[index]
        append(frame: original.data, interface: interface ?? original.interface)
    }
}
