import Glibc

/// Writes a classic pcap file (microsecond timestamps, Ethernet) through one reusable buffer.
final class PcapWriter {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private static let flushThreshold = 4 << 20
    /// Bytes written so far, file header included.
    private(set) var byteCount = 0
    private(set) var frameCount = 0

    /// Creates `path` and writes the file header.
    init?(path: String) {
        guard let file = fopen(path, "wb") else { return nil }
        self.file = file
        buffer.reserveCapacity(Self.flushThreshold + 65_536)
        // magic, version 2.4, thiszone, sigfigs, snaplen 262144, LINKTYPE_ETHERNET.
        appendLittleEndian(UInt32(0xA1B2_C3D4))
        appendLittleEndian(UInt16(2))
        appendLittleEndian(UInt16(4))
        appendLittleEndian(UInt32(0))
        appendLittleEndian(UInt32(0))
        appendLittleEndian(UInt32(262_144))
        appendLittleEndian(UInt32(1))
    }

    /// Appends one record: a 16-byte record header, then `frame`.
    func write(frame: [UInt8], microseconds: UInt64) {
        appendLittleEndian(UInt32(truncatingIfNeeded: microseconds / 1_000_000))
        appendLittleEndian(UInt32(truncatingIfNeeded: microseconds % 1_000_000))
        appendLittleEndian(UInt32(frame.count))
        appendLittleEndian(UInt32(frame.count))
        buffer += frame
        frameCount += 1
        if buffer.count >= Self.flushThreshold {
            flush()
        }
    }

    /// Writes what is buffered and closes the file.
    /// - Returns: false when a write failed.
    func close() -> Bool {
        flush()
        let failed = ferror(file) != 0
        return fclose(file) == 0 && !failed
    }

    private func flush() {
        byteCount += buffer.count
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { buffer += $0 }
    }
}
