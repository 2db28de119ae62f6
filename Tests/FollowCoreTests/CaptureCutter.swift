import CaptureFile
import Foundation
import PacketDecoding

/// Cuts a single-link-type capture into pcap pieces, as `editcap -c N` does (in so many pieces), with the repository's
/// own pcap writer (``PcapEncoder``): the inputs of the multi-file tests, built without editcap.
struct CaptureCutter {
    /// One frame of the source: its time, bytes and length on the wire.
    struct Record {
        var timestamp: Timestamp
        var bytes: [UInt8]
        var originalLength: Int
    }

    /// The source's frames, in file order.
    private(set) var records: [Record] = []
    /// The source's link type and snapshot length.
    let linkType: LinkType
    let snapshotLength: UInt32

    /// Reads every frame of `path`.
    init(path: String) throws {
        let reader = try CaptureReader(path: path)
        while let frame = try reader.nextFrame() {
            records.append(
                Record(timestamp: frame.timestamp, bytes: Array(frame.bytes), originalLength: frame.originalLength))
        }
        guard let interface = reader.interfaces.first else { throw CaptureError.notACaptureFile(path: path) }
        linkType = interface.linkType
        snapshotLength = interface.snapshotLength
    }

    /// A pcap file of `records`, with micro- or nanosecond timestamps.
    func file(_ records: some Sequence<Record>, nanosecond: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        PcapEncoder.appendFileHeader(
            linkType: linkType, snapshotLength: snapshotLength, nanosecond: nanosecond, to: &output)
        for record in records {
            record.bytes.withUnsafeBytes { bytes in
                PcapEncoder.appendRecord(
                    seconds: UInt32(truncatingIfNeeded: record.timestamp.seconds),
                    fraction: nanosecond ? record.timestamp.nanoseconds : record.timestamp.nanoseconds / 1000,
                    originalLength: UInt32(record.originalLength), data: bytes, to: &output)
            }
        }
        return output
    }

    /// A pcapng file of `records` (microsecond times) that declares a second interface, of another
    /// snapshot length, after its first `switchAfter` frames, and puts the rest on it.
    func pcapngFile(_ records: [Record], switchAfter: Int) -> [UInt8] {
        var output: [UInt8] = []
        PcapngEncoder.appendSectionHeader(to: &output)
        PcapngEncoder.appendInterfaceDescription(
            CaptureInterface(linkType: linkType, snapshotLength: snapshotLength), to: &output)
        for (index, record) in records.enumerated() {
            if index == switchAfter {
                PcapngEncoder.appendInterfaceDescription(
                    CaptureInterface(linkType: linkType, snapshotLength: snapshotLength - 1), to: &output)
            }
            let units = UInt64(record.timestamp.seconds) * 1_000_000 + UInt64(record.timestamp.nanoseconds / 1000)
            record.bytes.withUnsafeBytes { bytes in
                PcapngEncoder.appendEnhancedPacket(
                    interfaceID: index < switchAfter ? 0 : 1, units: units,
                    originalLength: UInt32(record.originalLength), data: bytes, to: &output)
            }
        }
        return output
    }

    /// The frames cut into `count` pieces of consecutive frames, as even in size as can be (none
    /// empty when there are at least `count` frames), in file order.
    func pieces(_ count: Int) -> [ArraySlice<Record>] {
        (0..<count).map { records[$0 * records.count / count..<($0 + 1) * records.count / count] }
    }

    /// Writes `bytes` as `name` in `directory` and returns its path.
    static func write(_ bytes: [UInt8], named name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swfollow-multi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
