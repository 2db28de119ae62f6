import PacketDecoding

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether tshark would accept a `-H` hosts file. tshark 4.0.17 reads the file while it reads the
/// options and stops with `Can't read host entries from "FILE"` unless the file yields at least one
/// entry (measured: a missing file, a directory, an empty or comment-only file, and a file whose
/// lines all have a bad address or no name are all rejected). The entries never affect follow
/// output (FOLLOW-RULES R2.3), so swfollow only checks this.
package enum HostsFileProbe {
    /// The largest file read: hosts files are small, and one entry is all the check needs.
    private static let readLimit = 1 << 20

    /// Whether the file at `path` can be read and has at least one entry.
    package static func hasEntries(_ path: String) -> Bool {
        guard let file = fopen(path, "r") else { return false }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: readLimit)
        let count = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, readLimit, file) }
        guard ferror(file) == 0 else { return false }
        return containsEntry(bytes[..<count])
    }

    /// Whether hosts-file text has a line (up to any `#`) whose first white-space separated word is
    /// an IPv4 or IPv6 address as `inet_pton` reads it and which has at least one more word.
    package static func containsEntry(_ text: ArraySlice<UInt8>) -> Bool {
        text.split(separator: UInt8(ascii: "\n")).contains { line in
            let content = line.prefix { $0 != UInt8(ascii: "#") }
            let words = content.split {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
            }
            guard words.count >= 2 else { return false }
            let address = String(decoding: words[0], as: UTF8.self)
            return IPAddress(ipv4Text: address) != nil || IPAddress(ipv6Text: address) != nil
        }
    }
}
