/// Bytes of a capture that come from neither a path nor a descriptor: memory, a network stream,
/// a decompressor of the caller's. The reader asks for bytes in large pieces (about 1 MiB).
package protocol ExternalByteSource: AnyObject {
    /// Copies up to `target.count` bytes into `target` and returns how many; 0 only at the end.
    /// - Throws: `CaptureError.readFailed` with the source's reason.
    func read(into target: UnsafeMutableRawBufferPointer) throws(CaptureError) -> Int
}
