import ConformanceKit
import Foundation

/// Builds small pcap files (Ethernet, IPv4, TCP or UDP; microsecond timestamps, little-endian)
/// frame by frame, for search tests that need exact segmentation, reordering, retransmissions and gaps.
struct TestCapture {
    /// The records so far (link-layer bytes and their times).
    private(set) var records: [CaptureRecord] = []
    /// The time of the next frame in microseconds; each frame advances it by 1 ms.
    private var clock: UInt64 = 1_700_000_000_000_000

    /// Appends one TCP segment.
    mutating func append(_ segment: TestSegment) {
        append(frame: segment.frameBytes())
    }

    /// Appends one UDP datagram.
    mutating func append(_ datagram: TestDatagram) {
        append(frame: datagram.frameBytes())
    }

    /// Appends one Ethernet frame, of which only the first `capturedLength` bytes (all by default)
    /// were captured.
    mutating func append(frame: [UInt8], capturedLength: Int? = nil) {
        records.append(
            CaptureRecord(
                seconds: clock / 1_000_000, nanoseconds: UInt32(clock % 1_000_000) * 1000,
                data: Array(frame.prefix(capturedLength ?? frame.count)), originalLength: frame.count))
        clock += 1000
    }

    /// Lets `seconds` pass before the next frame.
    mutating func wait(seconds: UInt64) {
        clock += seconds * 1_000_000
    }

    /// Gives record `index` a microsecond field of `microseconds` (a damaged capture may hold a
    /// second or more there).
    mutating func setMicroseconds(_ microseconds: UInt32, ofRecord index: Int) {
        records[index].nanoseconds = microseconds * 1000
    }

    /// The pcap file, written by ConformanceKit's writer (snaplen 262,144, LINKTYPE_ETHERNET).
    var fileBytes: [UInt8] {
        PcapWriter(linkType: 1).encode(records)
    }

    /// Writes the file to a fresh temporary path and returns the path.
    func write() throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("swfollow-search-\(UUID().uuidString).pcap")
        try Data(fileBytes).write(to: url)
        return url.path
    }
}

/// One TCP segment between two IPv4 endpoints.
struct TestSegment {
    var source: (address: UInt32, port: UInt16)
    var destination: (address: UInt32, port: UInt16)
    var sequence: UInt32
    var acknowledgment: UInt32
    /// TCP flag bits: FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10.
    var flags: UInt8
    var payload: [UInt8]

    /// Ethernet + IPv4 + TCP (checksums zero: tshark does not check them by default).
    func frameBytes() -> [UInt8] {
        var tcp = be16(source.port) + be16(destination.port) + be32(sequence) + be32(acknowledgment)
        tcp += [0x50, flags] + be16(65535) + [0, 0, 0, 0]
        return UDPFrame.ipv4(source.address, destination.address, protocol: 6, tcp + payload)
    }
}

/// One UDP datagram between two IPv4 endpoints.
struct TestDatagram {
    var source: (address: UInt32, port: UInt16)
    var destination: (address: UInt32, port: UInt16)
    var payload: [UInt8]

    init(from source: (UInt32, UInt16), to destination: (UInt32, UInt16), _ text: String) {
        self.source = source
        self.destination = destination
        payload = Array(text.utf8)
    }

    /// Ethernet + IPv4 + UDP (checksum zero: none).
    func frameBytes() -> [UInt8] {
        UDPFrame.ipv4(source.address, destination.address, UDPFrame.udp(source.port, destination.port, payload))
    }
}


/// A client ↔ server connection that hands out segments with the right sequence numbers, so a test
/// can append them in any order, twice, or not at all.
struct TestConnection {
    enum Side { case client, server }

    let client: (address: UInt32, port: UInt16)
    let server: (address: UInt32, port: UInt16)
    /// The next sequence number of each side.
    private var next: (client: UInt32, server: UInt32) = (1000, 5000)

    init(client: (UInt32, UInt16) = (0x0A00_0001, 40000), server: (UInt32, UInt16) = (0x0A00_0002, 80)) {
        self.client = client
        self.server = server
    }

    /// SYN, SYN/ACK, ACK.
    mutating func handshake() -> [TestSegment] {
        let syn = segment(.client, flags: 0x02, sequence: next.client - 1, acknowledgment: 0)
        let synAck = segment(.server, flags: 0x12, sequence: next.server - 1, acknowledgment: next.client)
        let ack = segment(.client, flags: 0x10, sequence: next.client, acknowledgment: next.server)
        return [syn, synAck, ack]
    }

    /// The next data segment of `side` (advancing its sequence number).
    mutating func data(_ side: Side, _ text: String) -> TestSegment {
        data(side, Array(text.utf8))
    }

    /// The next data segment of `side` (advancing its sequence number).
    mutating func data(_ side: Side, _ bytes: [UInt8]) -> TestSegment {
        let sequence = side == .client ? next.client : next.server
        var made = segment(
            side, flags: 0x18, sequence: sequence, acknowledgment: side == .client ? next.server : next.client)
        made.payload = bytes
        if side == .client { next.client &+= UInt32(bytes.count) } else { next.server &+= UInt32(bytes.count) }
        return made
    }

    /// A pure ACK from `side` acknowledging everything the other side has sent so far.
    func ack(_ side: Side) -> TestSegment {
        segment(
            side, flags: 0x10, sequence: side == .client ? next.client : next.server,
            acknowledgment: side == .client ? next.server : next.client)
    }

    /// FIN/ACK from `side`.
    func fin(_ side: Side) -> TestSegment {
        segment(
            side, flags: 0x11, sequence: side == .client ? next.client : next.server,
            acknowledgment: side == .client ? next.server : next.client)
    }

    private func segment(_ side: Side, flags: UInt8, sequence: UInt32, acknowledgment: UInt32) -> TestSegment {
        let (source, destination) = side == .client ? (client, server) : (server, client)
        return TestSegment(
            source: source, destination: destination, sequence: sequence, acknowledgment: acknowledgment,
            flags: flags, payload: [])
    }
}

private func be16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
private func be32(_ value: UInt32) -> [UInt8] { (0..<4).reversed().map { UInt8(value >> (8 * $0) & 0xFF) } }

/// Ethernet frames carrying IPv4 or IPv6 packets (checksums zero, which tshark does not check).
enum UDPFrame {
    /// A UDP header and payload; `length` overrides the length field.
    static func udp(_ source: UInt16, _ destination: UInt16, _ payload: String, length: UInt16? = nil) -> [UInt8] {
        udp(source, destination, Array(payload.utf8), length: length)
    }

    /// A UDP header and payload; `length` overrides the length field.
    static func udp(_ source: UInt16, _ destination: UInt16, _ payload: [UInt8], length: UInt16? = nil) -> [UInt8] {
        be16(source) + be16(destination) + be16(length ?? UInt16(8 + payload.count)) + [0, 0] + payload
    }

    /// An IPv4 header (protocol 17 unless told) and its payload.
    static func ipv4Header(_ source: UInt32, _ destination: UInt32, protocol: UInt8 = 17, _ payload: [UInt8]) -> [UInt8]
    {
        [0x45, 0] + be16(UInt16(20 + payload.count)) + [0, 1, 0, 0, 64, `protocol`, 0, 0] + be32(source)
            + be32(destination) + payload
    }

    /// An Ethernet frame carrying an IPv4 datagram.
    static func ipv4(_ source: UInt32, _ destination: UInt32, protocol: UInt8 = 17, _ payload: [UInt8]) -> [UInt8] {
        [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]
            + ipv4Header(source, destination, protocol: `protocol`, payload)
    }

    /// An Ethernet frame carrying UDP from 2001:db8::1 to 2001:db8::2.
    static func ipv6(_ payload: [UInt8]) -> [UInt8] {
        let prefix: [UInt8] = [0x20, 0x01, 0x0D, 0xB8] + [UInt8](repeating: 0, count: 11)
        return [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x86, 0xDD] + [0x60, 0, 0, 0] + be16(UInt16(payload.count))
            + [17, 64] + prefix + [1] + prefix + [2] + payload
    }

}
