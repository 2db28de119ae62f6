import CaptureFile
import PacketDecoding

/// Writes one capture file per stream: each frame appended with its original bytes, original
/// length and timestamp, in the ``StreamCaptureFormat`` chosen for the source.
///
/// Files go through an ``ExportFileSink`` under a temporary name until ``finish(stream:)``
/// renames them into place (or ``abandon(stream:)`` removes them). Each frame's record is
/// built in one reused buffer: appending allocates nothing once the buffer has grown.
package final class StreamCaptureWriter {
    /// A file being written.
    private struct OpenFile {
        var handle: Int
        /// pcap: the link type its header declares, once written.
        var linkType: LinkType?
        /// pcapng: the IDB number in this file of each source interface described so far,
        /// by ``CapturedFrame/interfaceIndex``.
        var interfaceIDs: [Int: UInt32] = [:]
    }

    /// The format every file is written in.
    package let format: StreamCaptureFormat
    private let sink: any ExportFileSink
    private let fileName: (ExportStreamID) -> String
    private var files: [ExportStreamID: OpenFile] = [:]
    private var record: [UInt8] = []

    /// - Parameters:
    ///   - format: the format chosen for the source (``StreamCaptureFormat/init(sourceIsPcapng:interfaces:)``).
    ///   - sink: where the files are written.
    ///   - fileName: the file name of a stream's capture, asked once, at its first frame.
    package init(
        format: StreamCaptureFormat, sink: any ExportFileSink, fileName: @escaping (ExportStreamID) -> String
    ) {
        self.format = format
        self.sink = sink
        self.fileName = fileName
    }

    /// Appends `frame` to the capture of `stream`, starting the file at its first frame.
    /// - Parameter interface: the frame's source interface (``CaptureReader/interface(at:)`` of
    ///   its ``CapturedFrame/interfaceIndex``).
    /// - Throws: the sink's error; for pcap output, a frame whose link type differs from the
    ///   file's first one, or whose timestamp pcap cannot hold.
    package func append(
        _ frame: CapturedFrame, interface: CaptureInterface, to stream: ExportStreamID
    ) throws(ExportSinkError) {
        var file: OpenFile
        if let open = files[stream] {
            file = open
        } else {
            file = OpenFile(handle: try sink.create(named: fileName(stream)))
        }
        record.removeAll(keepingCapacity: true)
        switch format {
        case .pcap(let nanosecond, let copiesStoredTimestamps):
            try appendPcap(
                frame, interface: interface, nanosecond: nanosecond, copies: copiesStoredTimestamps, file: &file)
        case .pcapng:
            appendPcapng(frame, interface: interface, file: &file)
        }
        files[stream] = file
        try sink.append(record, to: file.handle)
    }

    /// Completes the capture of `stream` and moves it into place (nothing when it has no frame).
    package func finish(stream: ExportStreamID) throws(ExportSinkError) {
        guard let file = files.removeValue(forKey: stream) else { return }
        try sink.finish(file.handle)
    }

    /// Removes the unfinished capture of `stream`, if any.
    package func abandon(stream: ExportStreamID) throws(ExportSinkError) {
        guard let file = files.removeValue(forKey: stream) else { return }
        try sink.abandon(file.handle)
    }

    /// Builds a pcap record (after the file header, for the file's first frame).
    private func appendPcap(
        _ frame: CapturedFrame, interface: CaptureInterface, nanosecond: Bool, copies: Bool, file: inout OpenFile
    ) throws(ExportSinkError) {
        if let linkType = file.linkType {
            guard linkType == frame.linkType else {
                throw ExportSinkError(
                    "cannot write a frame of link type \(frame.linkType.rawValue) into a pcap of link type \(linkType.rawValue)"
                )
            }
        } else {
            PcapEncoder.appendFileHeader(
                linkType: frame.linkType, snapshotLength: interface.snapshotLength, nanosecond: nanosecond, to: &record)
            file.linkType = frame.linkType
        }
        let (seconds, fraction) = try Self.pcapTimestamp(frame, nanosecond: nanosecond, copies: copies)
        PcapEncoder.appendRecord(
            seconds: seconds, fraction: fraction, originalLength: UInt32(truncatingIfNeeded: frame.originalLength),
            data: frame.bytes, to: &record)
    }

    /// The record timestamp: as stored, or converted from the frame's timestamp.
    private static func pcapTimestamp(
        _ frame: CapturedFrame, nanosecond: Bool, copies: Bool
    ) throws(ExportSinkError) -> (UInt32, UInt32) {
        if copies {
            return (
                UInt32(truncatingIfNeeded: frame.storedTimestamp >> 32),
                UInt32(truncatingIfNeeded: frame.storedTimestamp)
            )
        }
        guard let seconds = UInt32(exactly: frame.timestamp.seconds) else {
            throw ExportSinkError("cannot write the timestamp \(frame.timestamp.seconds) s into a pcap file")
        }
        let nanoseconds = frame.timestamp.nanoseconds
        return (seconds, nanosecond ? nanoseconds : nanoseconds / 1000)
    }

    /// Builds an EPB (after the SHB for the file's first frame, and an IDB for the first frame
    /// of each interface).
    private func appendPcapng(_ frame: CapturedFrame, interface: CaptureInterface, file: inout OpenFile) {
        if file.interfaceIDs.isEmpty {
            PcapngEncoder.appendSectionHeader(to: &record)
        }
        let id: UInt32
        if let known = file.interfaceIDs[frame.interfaceIndex] {
            id = known
        } else {
            id = UInt32(file.interfaceIDs.count)
            file.interfaceIDs[frame.interfaceIndex] = id
            PcapngEncoder.appendInterfaceDescription(interface, to: &record)
        }
        PcapngEncoder.appendEnhancedPacket(
            interfaceID: id, units: frame.storedTimestamp,
            originalLength: UInt32(truncatingIfNeeded: frame.originalLength),
            data: frame.bytes, to: &record)
    }
}
