import CaptureFile
import Glibc
import PacketDecoding

/// A live capture on one interface, read through ``CaptureReader/init(frames:)`` as tshark reads
/// the file its capture child writes. Each packet is saved (`-w`) before it is handed out.
///
/// The capture stops, and ``nextFrame()`` returns nil, at the first of: the packet limit (`-c`,
/// `-a packets`), the duration (`-a duration`), the file size (`-a filesize`), or a
/// ``StopRequest`` (SIGINT, SIGTERM). While no packet waits it polls the handle's descriptor with
/// a timeout of at most 100 ms, so a stop is seen within that time.
package final class LiveFrameSource: FrameSource {
    /// The interface captured on.
    package let liveInterface: LiveInterface
    package let interface: CaptureInterface
    package var interfaceName: [UInt8] { Array(liveInterface.name.utf8) }
    /// How many packets were captured (tshark's `N packets captured`).
    package private(set) var packetsCaptured = 0

    private let handle: PcapHandle
    private let writer: CaptureFileWriter
    private let settings: LiveCaptureSettings
    private let stop: StopRequest
    private let deadline: ContinuousClock.Instant?
    private var stopped = false

    /// Opens the interface `interfaces` resolves for `settings.interface`, installs the filter and
    /// creates the `-w` file.
    /// - Throws: tshark's one-line messages (unknown device, no permission, bad filter, …).
    package init(settings: LiveCaptureSettings, interfaces: InterfaceList, stop: StopRequest)
        throws(LiveCaptureError)
    {
        liveInterface = try interfaces.resolve(settings.interface)
        handle = try PcapHandle(liveInterface, settings: settings)
        interface = CaptureInterface(
            linkType: LinkType(rawValue: handle.linkType), snapshotLength: handle.snapshotLength,
            timestampResolution: 9)
        writer = try CaptureFileWriter(
            path: settings.writePath, interface: liveInterface, filter: settings.filter, captured: interface)
        self.settings = settings
        self.stop = stop
        deadline = settings.duration.map { .now + .milliseconds(Int64(($0 * 1000).rounded(.up))) }
    }

    /// The packets the kernel dropped, as `pcap_stats` counts them.
    package var droppedPackets: UInt32? { handle.droppedPackets() }

    package func nextFrame() throws(CaptureError) -> CapturedFrame? {
        do {
            return try readFrame()
        } catch {
            stopped = true
            try? writer.flush()
            throw .captureFailed(message: error.message)
        }
    }

    /// The next packet, waiting for it, or nil once a stop condition holds.
    private func readFrame() throws(LiveCaptureError) -> CapturedFrame? {
        while !stopped {
            if shouldStop() {
                stopped = true
                try writer.flush()
                return nil
            }
            switch handle.next() {
            case .packet(let seconds, let nanoseconds, let originalLength, let bytes):
                return try frame(seconds: seconds, nanoseconds: nanoseconds, originalLength: originalLength, bytes)
            case .none:
                try writer.flush()
                wait()
            case .failure(let reason): throw adapterFailure(reason)
            }
        }
        return nil
    }

    /// Whether a stop condition holds before the next packet is read.
    private func shouldStop() -> Bool {
        if stop.isRequested { return true }
        if let limit = settings.packetLimit, packetsCaptured >= limit { return true }
        if let limit = settings.fileSizeLimitKB, writer.size / 1000 >= Int(limit) { return true }
        if let deadline, ContinuousClock.now >= deadline { return true }
        return false
    }

    /// Saves and hands out one packet.
    private func frame(
        seconds: Int64, nanoseconds: UInt32, originalLength: UInt32, _ bytes: UnsafeRawBufferPointer
    ) throws(LiveCaptureError) -> CapturedFrame {
        packetsCaptured += 1
        let units = UInt64(truncatingIfNeeded: seconds) &* 1_000_000_000 &+ UInt64(nanoseconds)
        try writer.append(units: units, originalLength: originalLength, data: bytes)
        return CapturedFrame(
            linkType: interface.linkType, timestamp: Timestamp(seconds: seconds, nanoseconds: nanoseconds),
            originalLength: Int(originalLength), bytes: bytes,
            interfaceID: 0, interfaceIndex: 0, storedTimestamp: units)
    }

    /// Waits until a packet may be waiting, the deadline passes, or at most 100 ms.
    private func wait() {
        var timeout = 100
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline).components
            timeout = max(0, min(timeout, Int(left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000 + 1)))
        }
        var descriptor = pollfd(fd: handle.selectableDescriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(timeout))
    }

    /// dumpcap's words for a read failure: an interface that went down or disappeared.
    private func adapterFailure(_ reason: String) -> LiveCaptureError {
        switch reason {
        case "The interface went down", "recvfrom: Network is down":
            LiveCaptureError(
                "The network adapter \"\(liveInterface.displayName)\" is no longer running; the capture has stopped.",
                exitStatus: 2)
        case "The interface disappeared":
            LiveCaptureError(
                "The network adapter \"\(liveInterface.displayName)\" is no longer attached; the capture has stopped.",
                exitStatus: 2)
        default:
            LiveCaptureError("Error while capturing packets: \(reason)", exitStatus: 2)
        }
    }
}
