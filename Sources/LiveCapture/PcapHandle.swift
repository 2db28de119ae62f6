import CPcap
import Glibc

/// An activated libpcap capture handle, non-blocking, in immediate mode, with nanosecond
/// timestamps. The one place this module calls libpcap's capture functions.
final class PcapHandle {
    /// What one read gave.
    enum Read {
        /// A packet: its time (nanoseconds), length on the wire and captured bytes, valid until
        /// the next read.
        case packet(seconds: Int64, nanoseconds: UInt32, originalLength: UInt32, bytes: UnsafeRawBufferPointer)
        /// No packet waiting.
        case none
        /// libpcap's error (an interface that went down).
        case failure(String)
    }

    private let handle: OpaquePointer

    /// Opens and activates `interface` with the settings' snapshot length, promiscuous mode and
    /// buffer, then installs the compiled filter.
    /// - Throws: tshark's message for an unknown device, missing privileges or a bad filter.
    init(_ interface: LiveInterface, settings: LiveCaptureSettings) throws(LiveCaptureError) {
        let opened: OpaquePointer? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PCAP_ERRBUF_SIZE)) {
            pcap_create(interface.name, $0.baseAddress)
        }
        guard let opened else { throw .cannotStart(interface.name, reason: "pcap_create failed") }
        handle = opened
        pcap_set_snaplen(handle, settings.snapshotLength)
        pcap_set_promisc(handle, settings.promiscuous ? 1 : 0)
        pcap_set_buffer_size(handle, settings.bufferMiB &* 1024 &* 1024)
        pcap_set_immediate_mode(handle, 1)
        pcap_set_tstamp_precision(handle, Int32(PCAP_TSTAMP_PRECISION_NANO))
        try activate(interface)
        if let filter = settings.filter { try install(filter, interface: interface) }
        _ = withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PCAP_ERRBUF_SIZE)) {
            pcap_setnonblock(handle, 1, $0.baseAddress)
        }
    }

    deinit {
        pcap_close(handle)
    }

    /// The link type of the packets (`pcap_datalink`).
    var linkType: UInt32 { UInt32(truncatingIfNeeded: pcap_datalink(handle)) }
    /// The snapshot length in effect (`pcap_snapshot`).
    var snapshotLength: UInt32 { UInt32(truncatingIfNeeded: pcap_snapshot(handle)) }
    /// A descriptor that polls readable when packets wait (`pcap_get_selectable_fd`).
    var selectableDescriptor: Int32 { pcap_get_selectable_fd(handle) }

    /// Reads the next waiting packet without blocking. The corresponding libpcap function is
    /// `pcap_next_ex`.
    func next() -> Read {
        var header: UnsafeMutablePointer<pcap_pkthdr>?
        var data: UnsafePointer<UInt8>?
        switch pcap_next_ex(handle, &header, &data) {
        case 1:
            guard let header, let data else { return .none }
            // With nanosecond precision, libpcap puts nanoseconds in tv_usec.
            return .packet(
                seconds: Int64(header.pointee.ts.tv_sec), nanoseconds: UInt32(header.pointee.ts.tv_usec),
                originalLength: header.pointee.len,
                bytes: UnsafeRawBufferPointer(start: data, count: Int(header.pointee.caplen)))
        case 0: return .none
        default: return .failure(String(cString: pcap_geterr(handle)))
        }
    }

    /// The packets the kernel dropped (`ps_drop` of `pcap_stats`), or nil when libpcap cannot say.
    func droppedPackets() -> UInt32? {
        var statistics = pcap_stat()
        return pcap_stats(handle, &statistics) == 0 ? statistics.ps_drop : nil
    }

    /// `pcap_activate`, its failures worded as tshark words them.
    private func activate(_ interface: LiveInterface) throws(LiveCaptureError) {
        let status = pcap_activate(handle)
        guard status < 0 else { return }
        let reason = String(cString: pcap_geterr(handle))
        switch status {
        case PCAP_ERROR_NO_SUCH_DEVICE: throw .noSuchDevice(interface.name)
        case PCAP_ERROR_PERM_DENIED: throw .permissionDenied(interface.name, reason: reason)
        default:
            throw .cannotStart(
                interface.name, reason: reason.isEmpty ? String(cString: pcap_statustostr(status)) : reason)
        }
    }

    /// Compiles `filter` for this handle (optimised, as dumpcap does) and installs it.
    private func install(_ filter: String, interface: LiveInterface) throws(LiveCaptureError) {
        var program = bpf_program()
        guard pcap_compile(handle, &program, filter, 1, PCAP_NETMASK_UNKNOWN) == 0 else {
            throw .invalidFilter(filter, interface: interface, reason: String(cString: pcap_geterr(handle)))
        }
        defer { pcap_freecode(&program) }
        guard pcap_setfilter(handle, &program) == 0 else {
            throw .invalidFilter(filter, interface: interface, reason: String(cString: pcap_geterr(handle)))
        }
    }
}
