/// Frames that come from somewhere other than a capture file's bytes: a live interface read
/// through libpcap (the LiveCapture module). ``CaptureReader/init(frames:)`` reads them as it
/// reads a file's, so every consumer of a reader (follow, conversations, fields, search) works on
/// them unchanged.
///
/// The reader presents them as tshark does when it reads the pcapng file its capture child
/// writes: one interface, numbered 0, named after the device.
package protocol FrameSource: AnyObject {
    /// The one interface every frame was captured on.
    var interface: CaptureInterface { get }
    /// The interface's name as a pcapng `if_name` would give it (`lo`).
    var interfaceName: [UInt8] { get }
    /// The next frame, or nil once the source has stopped. `bytes` stays valid until the next
    /// call.
    /// - Throws: `CaptureError.captureFailed` when the source fails (an interface that went down).
    func nextFrame() throws(CaptureError) -> CapturedFrame?
}
