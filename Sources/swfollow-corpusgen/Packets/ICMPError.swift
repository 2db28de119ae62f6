/// ICMP destination-unreachable messages quoting the start of an offending packet.
enum ICMPError {
    /// ICMPv4 (RFC 792): type 3 (unreachable), code 3 (port), unused word, then `quoted` (an IPv4
    /// header and payload prefix).
    static func unreachable(quoting quoted: [UInt8]) -> [UInt8] {
        var message: [UInt8] = [3, 3, 0, 0, 0, 0, 0, 0] + quoted
        message.storeBE(InternetChecksum.compute(message), at: 2)
        return message
    }

    /// ICMPv6 (RFC 4443): type 1 (unreachable), code 4 (port), unused word, then `quoted` (an IPv6
    /// header and payload prefix), checksummed with the pseudo-header of `source` → `destination`.
    static func unreachableV6(quoting quoted: [UInt8], source: [UInt8], destination: [UInt8]) -> [UInt8] {
        var message: [UInt8] = [1, 4, 0, 0, 0, 0, 0, 0] + quoted
        let pseudo = IPv6Packet.pseudoHeader(
            source: source, destination: destination, nextHeader: 58, length: message.count)
        message.storeBE(InternetChecksum.compute(pseudo, message), at: 2)
        return message
    }
}
