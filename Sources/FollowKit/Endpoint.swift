import PacketDecoding

/// An IPv4 or IPv6 address.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    let value: PacketDecoding.IPAddress

    init(_ value: PacketDecoding.IPAddress) {
        self.value = value
    }

    /// Parses an address as tshark accepts it in a follow filter (as the C library's
    /// `inet_pton` does): a strict dotted quad, or IPv6 text without brackets or zone. Nil when
    /// `text` is neither.
    public init?(_ text: String) {
        guard let value = PacketDecoding.IPAddress(ipv4Text: text) ?? PacketDecoding.IPAddress(ipv6Text: text)
        else { return nil }
        self.value = value
    }

    /// Whether it is an IPv6 address.
    public var isIPv6: Bool { value.isIPv6 }

    /// The address as tshark prints it: `10.0.0.1`, `2001:db8::1`.
    public var description: String { value.description }
}

/// An address and a port: one end of a TCP or UDP conversation.
public struct Endpoint: Hashable, Sendable, CustomStringConvertible {
    /// The IP address.
    public var address: IPAddress
    /// The TCP or UDP port.
    public var port: UInt16

    /// The endpoint `address`:`port`.
    public init(address: IPAddress, port: UInt16) {
        self.address = address
        self.port = port
    }

    init(_ endpoint: PacketDecoding.Endpoint) {
        address = IPAddress(endpoint.address)
        port = endpoint.port
    }

    var decoding: PacketDecoding.Endpoint { .init(address: address.value, port: port) }

    /// As tshark's follow header prints it: `10.0.0.1:80`, `[2001:db8::1]:80`.
    public var description: String { decoding.description }
}
