import CaptureFile

/// Writes whole buffers to a file descriptor, retrying short writes and interrupts; stops quietly
/// when the reader has gone away (EPIPE), and says so (false).
enum StandardStream {
    @discardableResult
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { write($0, to: descriptor) }
    }

    @discardableResult
    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        DescriptorOutput.writeAll(buffer, to: descriptor) == nil
    }
}
