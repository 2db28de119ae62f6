import Foundation
import Glibc

/// Whether this process may capture packets, and whether tshark is here to compare with.
///
/// Capturing needs root or CAP_NET_RAW (and CAP_NET_ADMIN for promiscuous mode): the check opens
/// the packet socket libpcap opens, so a non-root user with those capabilities counts too.
enum CapturePermission {
    /// Whether an `AF_PACKET` raw socket can be opened.
    static let isGranted: Bool = {
        let descriptor = socket(AF_PACKET, Int32(SOCK_RAW.rawValue), 0)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }()

    /// Whether the process runs as root (needed to make and delete a veth pair).
    static let isRoot = geteuid() == 0

    /// The installed tshark, when there is one (the comparison with it is then made).
    static let tshark: URL? = {
        for directory in ["/usr/bin", "/usr/local/bin", "/usr/sbin"] {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("tshark")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()
}
