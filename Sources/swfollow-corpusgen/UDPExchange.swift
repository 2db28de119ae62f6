/// One UDP conversation written into a `Trace`: datagrams between a client and a server endpoint,
/// over IPv4 or IPv6 (told apart by the address text), optionally wrapped in a tunnel.
final class UDPExchange {
    /// Per-datagram deviations from a plain, well-formed datagram.
    struct Options {
        /// Keep only this many bytes of the frame.
        var caplen: Int?
        /// A UDP length to write instead of the real one.
        var udpLength: UInt16?
        /// A UDP checksum to write instead of the correct one (0: none).
        var udpChecksum: UInt16?
    }

    let trace: Trace
    let client: (address: String, port: UInt16)
    let server: (address: String, port: UInt16)
    /// The IP protocol: 17, or 136 for UDP-Lite (whose length field is a checksum coverage).
    var protocolNumber: UInt8 = 17
    /// Turns each IP packet, sent from the given side, into the outer IP packet that carries it
    /// (a tunnel), or `nil`.
    var wrap: ((Flow.Side, [UInt8]) -> [UInt8])?
    /// The next IPv4 identification value.
    var ipID: UInt16 = 1

    /// Creates an exchange; nothing is written until a datagram is sent.
    init(
        _ trace: Trace, client: (String, UInt16) = ("10.0.0.1", 53000), server: (String, UInt16) = ("10.0.0.2", 53),
        wrap: ((Flow.Side, [UInt8]) -> [UInt8])? = nil
    ) {
        self.trace = trace
        self.client = client
        self.server = server
        self.wrap = wrap
    }

    /// The UDP header and payload from `side` (`.client` or `.server`), for IPv4 or IPv6 per the addresses.
    func udp(_ side: Flow.Side, _ payload: [UInt8], _ options: Options = Options()) -> [UInt8] {
        let (from, to) = side == .client ? (client, server) : (server, client)
        let source = IPAddressText.bytes(from.address)
        let destination = IPAddressText.bytes(to.address)
        let header = UDPHeader(
            sourcePort: from.port, destinationPort: to.port, lengthOverride: options.udpLength,
            checksumOverride: options.udpChecksum)
        return header.emit(payload: payload) { length in
            source.count == 16
                ? IPv6Packet.pseudoHeader(
                    source: source, destination: destination, nextHeader: protocolNumber, length: length)
                : IPv4Packet.pseudoHeader(
                    source: source, destination: destination, protocolNumber: protocolNumber, length: length)
        }
    }

    /// The IPv4 datagram for one UDP datagram, unemitted, so that cases can fragment it.
    func datagram(_ side: Flow.Side, _ payload: [UInt8], _ options: Options = Options()) -> IPv4Packet {
        let (from, to) = side == .client ? (client, server) : (server, client)
        defer { ipID &+= 1 }
        return IPv4Packet(
            source: IPAddressText.bytes(from.address), destination: IPAddressText.bytes(to.address),
            protocolNumber: protocolNumber, identification: ipID, payload: udp(side, payload, options))
    }

    /// The IP packet (no link layer, no tunnel) for one UDP datagram.
    func packet(_ side: Flow.Side, _ payload: [UInt8], _ options: Options = Options()) -> [UInt8] {
        let (from, to) = side == .client ? (client, server) : (server, client)
        let source = IPAddressText.bytes(from.address)
        guard source.count == 16 else { return datagram(side, payload, options).emit() }
        return IPv6Packet(
            source: source, destination: IPAddressText.bytes(to.address), nextHeader: protocolNumber,
            payload: udp(side, payload, options)
        ).emit()
    }

    /// Writes one datagram from `side` (through the tunnel, if any).
    func send(_ side: Flow.Side, _ payload: [UInt8], _ options: Options = Options()) {
        let inner = packet(side, payload, options)
        trace.append(ip: wrap?(side, inner) ?? inner, caplen: options.caplen)
    }

    /// Writes one datagram of text from `side`.
    func send(_ side: Flow.Side, _ text: String, _ options: Options = Options()) {
        send(side, Array(text.utf8), options)
    }
}
