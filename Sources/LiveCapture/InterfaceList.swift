import CPcap

/// The interfaces libpcap can capture on, in `pcap_findalldevs` order, as `tshark -D` numbers
/// them; and tshark's way of finding the one `-i` names.
///
/// tshark also lists its extcap interfaces (`ciscodump`, `randpkt`, `sshdump`, …) after these;
/// swfollow has none, so its list is tshark's first lines.
package struct InterfaceList: Sendable {
    /// The interfaces, in the order `-D` numbers them from 1.
    package var interfaces: [LiveInterface]

    package init(_ interfaces: [LiveInterface]) {
        self.interfaces = interfaces
    }

    /// Asks libpcap for the interfaces.
    /// - Throws: libpcap's message when it cannot list them.
    package static func current() throws(LiveCaptureError) -> InterfaceList {
        var found: UnsafeMutablePointer<pcap_if_t>?
        let failure: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PCAP_ERRBUF_SIZE)) {
            errorBuffer in
            pcap_findalldevs(&found, errorBuffer.baseAddress) == 0 ? nil : String(cString: errorBuffer.baseAddress!)
        }
        if let failure { throw LiveCaptureError(failure) }
        defer { pcap_freealldevs(found) }
        var interfaces: [LiveInterface] = []
        var next = found
        while let device = next {
            let isLoopback = device.pointee.flags & UInt32(PCAP_IF_LOOPBACK) != 0
            interfaces.append(LiveInterface(name: String(cString: device.pointee.name), isLoopback: isLoopback))
            next = device.pointee.next
        }
        return InterfaceList(interfaces)
    }

    /// The `-D` text: `1. eth0`, `3. lo (Loopback)`, one line each.
    package var listing: String {
        interfaces.enumerated().map { "\($0.offset + 1). \($0.element.listing)\n" }.joined()
    }

    /// The interface `-i ARGUMENT` names, found as tshark finds it: a decimal number is a `-D`
    /// number; else the first interface whose name, then friendly name, equals it ignoring ASCII
    /// case; else the first whose friendly name starts with it; else a device of that name that
    /// the list does not show (libpcap then says whether it exists).
    /// - Throws: tshark's messages for a number that names no interface.
    package func resolve(_ argument: String) throws(LiveCaptureError) -> LiveInterface {
        if let index = Self.adapterIndex(argument) {
            guard index >= 0 else { throw .negativeAdapterIndex }
            guard index >= 1, index <= interfaces.count else { throw .noSuchAdapterIndex }
            return interfaces[index - 1]
        }
        let folded = argument.lowercased()
        if let exact = interfaces.first(where: {
            $0.name.lowercased() == folded || $0.friendlyName?.lowercased() == folded
        }) {
            return exact
        }
        if let prefixed = interfaces.first(where: { $0.friendlyName?.lowercased().hasPrefix(folded) ?? false }) {
            return prefixed
        }
        return LiveInterface(name: argument, isLoopback: false)
    }

    /// The argument read as `strtol` reads a whole argument (an empty one is 0), or nil when it
    /// is not a decimal number.
    private static func adapterIndex(_ argument: String) -> Int? {
        if argument.isEmpty { return 0 }
        guard argument.first?.isWhitespace != true else { return nil }
        return Int(argument)
    }
}
