/// Encodes a scripted packet as Ethernet + IPv4 + TCP (20-byte headers, valid checksums).
struct FrameEncoder {
    /// The two ends of one connection.
    struct Hosts {
        var clientAddress: UInt32
        var serverAddress: UInt32
        var clientPort: UInt16
        var serverPort: UInt16
    }

    private var frame: [UInt8] = []
    private static let headerLength = 14 + 20 + 20

    /// The frame for `packet`; `payload` gives the packet's payload bytes. The result is valid
    /// until the next call.
    mutating func encode(
        _ packet: ScriptedPacket, hosts: Hosts, identification: UInt16, payload: UnsafeRawBufferPointer
    ) -> [UInt8] {
        let (source, destination, sourcePort, destinationPort) =
            packet.fromClient
            ? (hosts.clientAddress, hosts.serverAddress, hosts.clientPort, hosts.serverPort)
            : (hosts.serverAddress, hosts.clientAddress, hosts.serverPort, hosts.clientPort)
        frame.removeAll(keepingCapacity: true)
        // Ethernet: locally administered MACs that tell the direction apart.
        frame += packet.fromClient ? [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1] : [2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2]
        frame += [0x08, 0x00]
        let ipStart = frame.count
        let totalLength = 40 + payload.count
        frame += [0x45, 0]
        frame.appendBigEndian(UInt16(totalLength))
        frame.appendBigEndian(identification)
        frame += [0x40, 0x00, 64, 6, 0, 0]
        frame.appendBigEndian(source)
        frame.appendBigEndian(destination)
        let ipChecksum = Self.checksum(frame[ipStart..<frame.count], initial: 0)
        frame[ipStart + 10] = UInt8(ipChecksum >> 8)
        frame[ipStart + 11] = UInt8(ipChecksum & 0xFF)
        let tcpStart = frame.count
        frame.appendBigEndian(sourcePort)
        frame.appendBigEndian(destinationPort)
        frame.appendBigEndian(packet.sequence)
        frame.appendBigEndian(packet.acknowledgment)
        frame += [0x50, packet.flags, 0xFF, 0xFF, 0, 0, 0, 0]
        frame += payload
        // The pseudo-header: addresses, protocol, TCP length.
        let tcpLength = UInt32(frame.count - tcpStart)
        let pseudo = (source >> 16) + (source & 0xFFFF) + (destination >> 16) + (destination & 0xFFFF) + 6 + tcpLength
        let tcpChecksum = Self.checksum(frame[tcpStart..<frame.count], initial: pseudo)
        frame[tcpStart + 16] = UInt8(tcpChecksum >> 8)
        frame[tcpStart + 17] = UInt8(tcpChecksum & 0xFF)
        return frame
    }



    /// The Internet checksum (RFC 1071) of `bytes`, starting from the partial sum `initial`.
    static func checksum(_ bytes: ArraySlice<UInt8>, initial: UInt32) -> UInt16 {
        var sum = UInt64(initial)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            sum += UInt64(bytes[index]) << 8 | UInt64(bytes[index + 1])
            index += 2
        }
        if index < bytes.endIndex {
            sum += UInt64(bytes[index]) << 8
        }
        while sum >> 16 != 0 {
            sum = (sum & 0xFFFF) + (sum >> 16)
        }
        return ~UInt16(sum)
    }
}
