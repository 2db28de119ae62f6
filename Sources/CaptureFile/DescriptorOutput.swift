import Glibc

/// Writes whole buffers to a file descriptor with `write(2)`, retrying short writes and
/// interruptions: the one write loop of the capture writers, export's files and standard output.
package enum DescriptorOutput {
    /// Writes all of `buffer` to `descriptor`.
    /// - Returns: nil when every byte was written; otherwise the `errno` of the failed write
    ///   (a write that wrote nothing counts as failed, with `errno` as it stands).
    package static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return errno
            }
        }
        return nil
    }
}
