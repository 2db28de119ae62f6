import CaptureFile
import Glibc

/// Writes a live capture as pcapng, as tshark's `-w` does: a Section Header Block, one Interface
/// Description Block (`if_name`, `if_filter` when a filter was given, nanosecond `if_tsresol`)
/// and an Enhanced Packet Block per packet.
///
/// It also counts the bytes such a file holds without a path, because `-a filesize` stops a
/// capture by that size whether or not it is saved (tshark always writes a file). Blocks are
/// gathered and written in pieces of at least 64 KiB, and at every ``flush()``.
final class CaptureFileWriter {
    private let descriptor: Int32?
    private let path: String
    private var pending: [UInt8] = []
    /// How many bytes the file holds, written or pending.
    private(set) var size = 0

    /// Creates (or truncates) `path`, or counts only when it is nil, and writes the headers.
    /// - Throws: dumpcap's message when the file cannot be created.
    init(path: String?, interface: LiveInterface, filter: String?, captured: CaptureInterface) throws(LiveCaptureError)
    {
        self.path = path ?? ""
        if let path {
            let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard opened >= 0 else { throw .cannotCreateFile(path, reason: String(cString: strerror(errno))) }
            descriptor = opened
        } else {
            descriptor = nil
        }
        PcapngEncoder.appendSectionHeader(to: &pending)
        PcapngEncoder.appendInterfaceDescription(captured, name: interface.name, filter: filter, to: &pending)
        size = pending.count
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Adds one packet's block.
    func append(units: UInt64, originalLength: UInt32, data: UnsafeRawBufferPointer) throws(LiveCaptureError) {
        let before = pending.count
        PcapngEncoder.appendEnhancedPacket(
            interfaceID: 0, units: units, originalLength: originalLength, data: data, to: &pending)
        size += pending.count - before
        if pending.count >= 1 << 16 { try flush() }
    }

    /// Writes what is pending (nothing without a file).
    func flush() throws(LiveCaptureError) {
        defer { pending.removeAll(keepingCapacity: true) }
        guard let descriptor else { return }
        if let failure = pending.withUnsafeBytes({ DescriptorOutput.writeAll($0, to: descriptor) }) {
            throw LiveCaptureError(
                "An error occurred while writing to the file \"\(path)\": \(String(cString: strerror(failure))).")
        }
    }
}
