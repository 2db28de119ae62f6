/// One TCP conversation written into a `Trace`, with its own sequence counters.
///
/// The helpers (`handshake`, `send`, `fin`, …) keep the counters as a real stack would; `raw`
/// writes any segment at all, which is how the odd cases are built.
final class Flow {
    /// Which end sends a segment.
    enum Side {
        case client, server
    }

    /// Per-segment deviations from a plain, well-formed segment.
    struct Options {
        var caplen: Int?
        var interface = 0
        var link: LinkLayer?
        var tcpChecksum: UInt16?
        var ipChecksum: UInt16?
        var urgentPointer: UInt16 = 0
        var window: UInt16 = 65535
        var tcpOptions: [UInt8] = []
        var ipOptions: [UInt8] = []
        var ipv6Extensions: [IPv6Packet.Extension] = []
        /// Pad the frame with zero bytes to this length (Ethernet minimum-size padding).
        var padTo: Int?
    }

    let trace: Trace
    let client: (address: String, port: UInt16)
    let server: (address: String, port: UInt16)
    /// The client's next sequence number.
    var clientSeq: UInt32
    /// The server's next sequence number.
    var serverSeq: UInt32
    /// The framing of this flow's frames (`nil`: the trace's).
    var link: LinkLayer?
    /// The next IPv4 identification value.
    var ipID: UInt16 = 1

    /// Creates a flow; nothing is written until a segment is sent.
    init(
        _ trace: Trace, client: (String, UInt16) = ("10.0.0.1", 40000), server: (String, UInt16) = ("10.0.0.2", 80),
        clientISN: UInt32 = 1000, serverISN: UInt32 = 5000, link: LinkLayer? = nil
    ) {
        self.trace = trace
        self.client = client
        self.server = server
        clientSeq = clientISN
        serverSeq = serverISN
        self.link = link
    }

    /// The IP packet (no link layer) for one segment.
    func packet(
        _ side: Side, _ flags: String, seq: UInt32, ack: UInt32, _ data: [UInt8] = [], _ options: Options = Options()
    ) -> [UInt8] {
        let (from, to) = side == .client ? (client, server) : (server, client)
        let source = IPAddressText.bytes(from.address)
        guard source.count == 16 else { return datagram(side, flags, seq: seq, ack: ack, data, options).emit() }
        let destination = IPAddressText.bytes(to.address)
        let segment = tcpHeader(side, flags, seq: seq, ack: ack, options).emit(payload: data) {
            IPv6Packet.pseudoHeader(source: source, destination: destination, nextHeader: 6, length: $0)
        }
        return IPv6Packet(
            source: source, destination: destination, extensions: options.ipv6Extensions, payload: segment
        ).emit()
    }

    /// The IPv4 datagram for one segment, unemitted, so that cases can fragment it.
    func datagram(
        _ side: Side, _ flags: String, seq: UInt32, ack: UInt32, _ data: [UInt8] = [], _ options: Options = Options()
    ) -> IPv4Packet {
        let (from, to) = side == .client ? (client, server) : (server, client)
        let source = IPAddressText.bytes(from.address)
        let destination = IPAddressText.bytes(to.address)
        let segment = tcpHeader(side, flags, seq: seq, ack: ack, options).emit(payload: data) {
            IPv4Packet.pseudoHeader(source: source, destination: destination, protocolNumber: 6, length: $0)
        }
        defer { ipID &+= 1 }
        return IPv4Packet(
            source: source, destination: destination, identification: ipID, options: options.ipOptions,
            payload: segment, checksumOverride: options.ipChecksum)
    }

    private func tcpHeader(_ side: Side, _ flags: String, seq: UInt32, ack: UInt32, _ options: Options) -> TCPHeader {
        let (from, to) = side == .client ? (client, server) : (server, client)
        return TCPHeader(
            sourcePort: from.port, destinationPort: to.port, sequence: seq, acknowledgment: ack,
            flags: TCPHeader.flags(flags), window: options.window, urgentPointer: options.urgentPointer,
            options: options.tcpOptions, checksumOverride: options.tcpChecksum)
    }

    /// Writes one segment exactly as given.
    func raw(
        _ side: Side, _ flags: String, seq: UInt32, ack: UInt32, _ data: [UInt8] = [], _ options: Options = Options()
    ) {
        var frame = (options.link ?? link ?? trace.link).frame(packet(side, flags, seq: seq, ack: ack, data, options))
        if let padTo = options.padTo, frame.count < padTo { frame += [UInt8](repeating: 0, count: padTo - frame.count) }
        trace.append(frame: frame, caplen: options.caplen, interface: options.interface)
    }

    /// Writes a segment from `side` at its current sequence number, acknowledging the peer.
    func segment(_ side: Side, _ flags: String, _ data: [UInt8] = [], _ options: Options = Options()) {
        let (seq, ack) = side == .client ? (clientSeq, serverSeq) : (serverSeq, clientSeq)
        raw(side, flags, seq: seq, ack: flags.contains("A") ? ack : 0, data, options)
    }

    /// Advances `side`'s sequence number.
    func advance(_ side: Side, by count: Int) {
        if side == .client { clientSeq &+= UInt32(count) } else { serverSeq &+= UInt32(count) }
    }

    /// Client SYN (with optional data); the SYN takes one sequence number.
    func syn(_ data: [UInt8] = [], _ options: Options = Options()) {
        segment(.client, "S", data, options)
        advance(.client, by: 1 + data.count)
    }

    /// Server SYN/ACK.
    func synAck(_ data: [UInt8] = [], _ options: Options = Options()) {
        segment(.server, "SA", data, options)
        advance(.server, by: 1 + data.count)
    }

    /// A pure ACK from `side`.
    func ack(_ side: Side) {
        segment(side, "A")
    }

    /// SYN, SYN/ACK, ACK.
    func handshake() {
        syn()
        synAck()
        ack(.client)
    }

    /// Data from `side` (PSH/ACK by default).
    func send(_ side: Side, _ data: [UInt8], flags: String = "PA", _ options: Options = Options()) {
        segment(side, flags, data, options)
        advance(side, by: data.count)
    }

    /// Text from `side`.
    func send(_ side: Side, _ text: String, flags: String = "PA", _ options: Options = Options()) {
        send(side, Array(text.utf8), flags: flags, options)
    }

    /// FIN/ACK from `side`, optionally with data; the FIN takes one sequence number.
    func fin(_ side: Side, _ data: [UInt8] = []) {
        segment(side, "FA", data)
        advance(side, by: 1 + data.count)
    }

    /// RST from `side` at its current sequence number (no ACK flag).
    func rst(_ side: Side, _ data: [UInt8] = []) {
        segment(side, "R", data)
    }

    /// FIN from the client, FIN from the server, last ACK.
    func close() {
        fin(.client)
        fin(.server)
        ack(.client)
    }
}

/// The bytes of a string, for case tables.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}
