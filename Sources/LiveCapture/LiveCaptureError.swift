/// Why a live capture could not start or could not go on: one line, tshark's words where it has
/// them (its multi-line texts joined by spaces), without the program name.
package struct LiveCaptureError: Error, Hashable, Sendable {
    /// The text after `swfollow: `, one line.
    package var message: String
    /// The exit status: tshark's 1 for every capture failure it reports; 2 for a failure after
    /// frames were read (see ``LiveFrameSource``).
    package var exitStatus: Int32

    package init(_ message: String, exitStatus: Int32 = 1) {
        self.message = message
        self.exitStatus = exitStatus
    }
}

extension LiveCaptureError {
    /// tshark's words for `-i 0`, or a number past the last interface.
    static let noSuchAdapterIndex = Self("There is no interface with that adapter index")
    /// tshark's words for a negative `-i` number.
    static let negativeAdapterIndex = Self("The specified adapter index is a negative number")

    /// tshark's words (through dumpcap) for a device libpcap does not know.
    static func noSuchDevice(_ name: String) -> Self {
        Self("There is no device named \"\(name)\". (No such device exists)")
    }

    /// tshark's first words for a capture without the privileges, then what to do about it.
    static func permissionDenied(_ name: String, reason: String) -> Self {
        Self(
            "You do not have permission to capture on device \"\(name)\". (\(reason)) Run as root, or give the"
                + " binary CAP_NET_RAW and CAP_NET_ADMIN: sudo setcap cap_net_raw,cap_net_admin=eip \"$(command -v"
                + " swfollow)\"")
    }

    /// tshark's words for a capture filter libpcap rejects.
    static func invalidFilter(_ filter: String, interface: LiveInterface, reason: String) -> Self {
        Self(
            "Invalid capture filter \"\(filter)\" for interface '\(interface.filterErrorName)'. That string isn't a"
                + " valid capture filter (\(reason)).")
    }

    /// dumpcap's words for any other failure to open the device.
    static func cannotStart(_ name: String, reason: String) -> Self {
        Self("The capture session could not be initiated on capture device \"\(name)\". (\(reason))")
    }

    /// dumpcap's words for a `-w` file it cannot create.
    static func cannotCreateFile(_ path: String, reason: String) -> Self {
        Self("The file to which the capture would be saved (\"\(path)\") could not be opened: \(reason).")
    }
}
