/// What tshark's capture options ask of a live capture: `-i`, `-f`, `-s`, `-p`, `-B`, `-c`, `-a`
/// and `-w`, checked and with tshark's defaults.
package struct LiveCaptureSettings: Hashable, Sendable {
    /// `-i`: the interface as given (a name, a `-D` number, a friendly name or its prefix).
    package var interface: String
    /// `-f` (or the operands after the options): the capture filter; nil captures everything.
    package var filter: String?
    /// `-s`: the snapshot length (dumpcap's default, and what `-s 0` means: 262144).
    package var snapshotLength: Int32 = 262_144
    /// Not `-p`: whether the interface is put in promiscuous mode.
    package var promiscuous = true
    /// `-B`: the kernel buffer, in MiB (dumpcap's default 2).
    package var bufferMiB: Int32 = 2
    /// `-c N` and `-a packets:N`: stop after this many packets (the smaller one).
    package var packetLimit: Int?
    /// `-a duration:N`: stop after this many seconds.
    package var duration: Double?
    /// `-a filesize:N`: stop once the saved file holds N thousand bytes (counted on the pcapng
    /// that would be written even without `-w`, as tshark counts its temporary file).
    package var fileSizeLimitKB: UInt32?
    /// `-w`: the pcapng file that receives every captured packet.
    package var writePath: String?

    package init(interface: String) {
        self.interface = interface
    }
}
