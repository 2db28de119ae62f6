import CaptureFile
import PacketDecoding

/// Writes one capture file per stream: each frame appended with its original bytes, original
/// length and timestamp, in the ``StreamCaptureFormat`` chosen for the source.
///
/// Files go through the export's ``FilePool`` under a temporary name until
/// ``finish(stream:as:)`` renames them into place (or ``discard(stream:)`` removes them). Each
/// frame's record is built in one reused buffer: appending allocates nothing once the buffer has
/// grown.
package final class StreamCaptureWriter {
    /// A file being written.
    private struct OpenFile {
        var handle: FilePool.Handle
        /// pcap: the link type its header declares, once written.
        var linkType: LinkType?
        /// pcapng: the IDB number in this file of each source interface described so far,
        /// by ``CapturedFrame/interfaceIndex``.
        var interfaceIDs: [Int: UInt32] = [:]
    }

    /// The format every file is written in.
    package let format: StreamCaptureFormat
    private let pool: FilePool
    private let temporaryPath: (StreamKey) -> String
    private var files: [StreamKey: OpenFile] = [:]
    private var record: [UInt8] = []

    /// - Parameters:
    ///   - format: the format chosen for the source (``StreamCaptureFormat/init(sourceIsPcapng:interfaces:)``).
    ///   - pool: where the files are written.
    ///   - temporaryPath: where a stream's capture is written until it is finished, asked once,
    ///     at its first frame.
    package init(format: StreamCaptureFormat, pool: FilePool, temporaryPath: @escaping (StreamKey) -> String) {
        self.format = format
        self.pool = pool
        self.temporaryPath = temporaryPath
    }

    /// The file name extension of the captures: `pcap` or `pcapng`.
    package var fileExtension: String { format == .pcapng ? "pcapng" : "pcap" }

    /// Appends `frame` to the capture of `stream`, starting the file at its first frame.
    /// - Parameter interface: the frame's source interface (``CaptureReader/interface(at:)`` of
    ///   its ``CapturedFrame/interfaceIndex``).
    /// A write error is kept by the pool (``FilePool/failure``).
    /// - Throws: for pcap output, a frame whose link type differs from the file's first one, or
    ///   whose timestamp pcap cannot hold.
    package func append(
        _ frame: CapturedFrame, interface: CaptureInterface, to stream: StreamKey
    ) throws(ExportError) {
        var file: OpenFile
        if let open = files[stream] {
            file = open
        } else {
            file = OpenFile(handle: pool.create(at: temporaryPath(stream)))
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
        record.withUnsafeBytes { pool.append($0, to: file.handle) }
    }

    /// Completes the capture of `stream` and moves it to `finalPath`.
    /// - Returns: false when the stream had no frame (no file was written).
    @discardableResult
    package func finish(stream: StreamKey, as finalPath: String) -> Bool {
        guard let file = files.removeValue(forKey: stream) else { return false }
        pool.finish(file.handle, as: finalPath)
        return true
    }

    /// Removes the unfinished capture of `stream`, if any.
    package func discard(stream: StreamKey) {
        guard let file = files.removeValue(forKey: stream) else { return }
        pool.discard(file.handle)
    }

    /// Builds a pcap record (after the file header, for the file's first frame).
    private func appendPcap(
        _ frame: CapturedFrame, interface: CaptureInterface, nanosecond: Bool, copies: Bool, file: inout OpenFile
    ) throws(ExportError) {
        if let linkType = file.linkType {
            guard linkType == frame.linkType else {
                throw ExportError(
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
    ) throws(ExportError) -> (UInt32, UInt32) {
        if copies {
            return (
                UInt32(truncatingIfNeeded: frame.storedTimestamp >> 32),
                UInt32(truncatingIfNeeded: frame.storedTimestamp)
            )
        }
        guard let seconds = UInt32(exactly: frame.timestamp.seconds) else {
            throw ExportError("cannot write the timestamp \(frame.timestamp.seconds) s into a pcap file")
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
