/// One interface to capture on, named as tshark 4.0.17 names it on Linux.
///
/// On UN*X tshark drops libpcap's description and gives a loopback interface the friendly name
/// `Loopback` (Wireshark's `if_info_new`); every other interface has none.
package struct LiveInterface: Hashable, Sendable {
    /// The device name libpcap opens (`lo`, `eth0`, `any`).
    package var name: String
    /// Whether libpcap flags it `PCAP_IF_LOOPBACK`.
    package var isLoopback: Bool

    package init(name: String, isLoopback: Bool) {
        self.name = name
        self.isLoopback = isLoopback
    }

    /// `Loopback` for a loopback interface, else nil.
    package var friendlyName: String? { isLoopback ? "Loopback" : nil }

    /// How `Capturing on '…'` names it: `Loopback: lo`, or the bare name.
    package var displayName: String { friendlyName.map { "\($0): \(name)" } ?? name }

    /// How the capture-filter error names it (`for interface 'Loopback'`): the friendly name, or
    /// the bare name.
    package var filterErrorName: String { friendlyName ?? name }

    /// Its `tshark -D` line after the number: `lo (Loopback)`, `eth0`.
    package var listing: String { friendlyName.map { "\(name) (\($0))" } ?? name }
}
