/// An ICMPv4 destination-unreachable message quoting the start of an offending datagram (RFC 792).
enum ICMPError {
    /// Type 3 (unreachable), code 3 (port), unused word, then `quoted` (an IPv4 header and payload prefix).
    static func unreachable(quoting quoted: [UInt8]) -> [UInt8] {
        var message: [UInt8] = [3, 3, 0, 0, 0, 0, 0, 0] + quoted
        message.storeBE(InternetChecksum.compute(message), at: 2)
        return message
    }
}
