import CaptureFile
import FollowCore
import FrameFields
import PacketDecoding

/// Reads a ``Capture`` frame by frame, decoding each and numbering its streams as Wireshark's
/// `tcp.stream` and `udp.stream` (first seen, first numbered; port reuse and ICMP-quoted
/// headers counted as Wireshark counts them).
///
/// ```swift
/// var frames = FrameReader(try Capture(path: "trace.pcap"))
/// while let frame = try frames.next() {
///     if let stream = frame.tcpStream { print(frame.number, stream) }
/// }
/// ```
///
/// The reader allocates nothing per frame. Its memory is the stream table (a few dozen bytes a
/// stream) and the IP fragments awaiting reassembly, which are bounded.
public struct FrameReader {
    @usableFromInline var frames: FrameFieldReader

    /// A reader of `capture` with `options` (Wireshark's defaults unless changed).
    public init(_ capture: Capture, options: DissectionOptions = DissectionOptions()) {
        frames = FrameFieldReader(
            reader: capture.reader,
            options: .init(defragment: options.reassemblesIPv4Fragments, defragmentIPv6: options.reassemblesIPv6Fragments),
            relativeSequenceNumbers: true, frameLimit: options.frameLimit)
    }

    /// Reads and dissects the next frame.
    /// - Returns: the frame, valid until the next call; nil after the last frame (or the
    ///   ``DissectionOptions/frameLimit``).
    /// - Throws: ``CaptureError`` when the capture is damaged or cut short; the frames before
    ///   the damage were sound.
    @inlinable public mutating func next() throws(CaptureError) -> Frame? {
        do {
            return try frames.next() ? Frame(view: frames.frame) : nil
        } catch {
            throw CaptureError(error)
        }
    }

    /// How many incomplete IP datagrams were dropped to bound memory (Wireshark keeps them all;
    /// a capture with more than 4,096 incomplete datagrams at once, or 64 MiB of their
    /// fragments, is hostile or broken).
    public var droppedFragmentedDatagrams: Int { frames.droppedDatagrams }
}

/// The dissection preferences a ``FrameReader`` applies: Wireshark's defaults unless changed.
public struct DissectionOptions: Hashable, Sendable {
    /// `ip.defragment`: reassemble IPv4 fragments (the default).
    public var reassemblesIPv4Fragments: Bool
    /// `ipv6.defragment`: reassemble IPv6 fragments (the default).
    public var reassemblesIPv6Fragments: Bool
    /// Read at most this many frames (tshark's `-c`); nil reads them all.
    public var frameLimit: UInt64?

    /// Wireshark's defaults, or the given preferences.
    public init(reassemblesIPv4Fragments: Bool = true, reassemblesIPv6Fragments: Bool = true, frameLimit: UInt64? = nil) {
        self.reassemblesIPv4Fragments = reassemblesIPv4Fragments
        self.reassemblesIPv6Fragments = reassemblesIPv6Fragments
        self.frameLimit = frameLimit
    }
}
