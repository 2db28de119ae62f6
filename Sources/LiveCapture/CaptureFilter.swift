import CPcap

/// libpcap's capture-filter (BPF) compiler, used only to tell whether a text is a capture filter.
///
/// tshark adds a note to a display-filter error when the rejected text compiles as a capture
/// filter (`host 10.0.0.1`, `tcp port 80`): it compiles it on a dead Ethernet handle, and so
/// does this.
package enum CaptureFilter {
    /// Whether libpcap compiles `text` as a capture filter for Ethernet frames.
    package static func compiles(_ text: String) -> Bool {
        guard let handle = pcap_open_dead(DLT_EN10MB, 65_535) else { return false }
        defer { pcap_close(handle) }
        var program = bpf_program()
        guard pcap_compile(handle, &program, text, 0, 0) == 0 else { return false }
        pcap_freecode(&program)
        return true
    }
}
