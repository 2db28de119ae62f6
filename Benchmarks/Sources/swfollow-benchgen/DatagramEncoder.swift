/// Encodes a UDP datagram as Ethernet + IPv4 + UDP (20-byte IPv4 header, valid checksums), for the
/// traffic `--udp-share` mixes into the benchmark capture.
struct DatagramEncoder {
    /// One datagram's ends and IPv4 identification.
    struct Addressing {
        var source: UInt32
        var destination: UInt32
        var sourcePort: UInt16
        var destinationPort: UInt16
        var identification: UInt16
    }

    private var frame: [UInt8] = []

    /// The frame carrying `payload`; valid until the next call.
    mutating func encode(_ addressing: Addressing, payload: UnsafeRawBufferPointer) -> [UInt8] {
        frame.removeAll(keepingCapacity: true)
        // Ethernet: locally administered MACs, the lower address's end first.
        frame += addressing.source < addressing.destination
            ? [2, 0, 0, 0, 0, 4, 2, 0, 0, 0, 0, 3] : [2, 0, 0, 0, 0, 3, 2, 0, 0, 0, 0, 4]
        frame += [0x08, 0x00]
        let ipStart = frame.count
        let udpLength = 8 + payload.count
        frame += [0x45, 0]
        frame.appendBigEndian(UInt16(20 + udpLength))
        frame.appendBigEndian(addressing.identification)
        frame += [0x40, 0x00, 64, 17, 0, 0]
        frame.appendBigEndian(addressing.source)
        frame.appendBigEndian(addressing.destination)
        let ipChecksum = FrameEncoder.checksum(frame[ipStart..<frame.count], initial: 0)
        frame[ipStart + 10] = UInt8(ipChecksum >> 8)
        frame[ipStart + 11] = UInt8(ipChecksum & 0xFF)
        let udpStart = frame.count
        frame.appendBigEndian(addressing.sourcePort)
        frame.appendBigEndian(addressing.destinationPort)
        frame.appendBigEndian(UInt16(udpLength))
        frame.appendBigEndian(UInt16(0))
        frame += payload
        let source = addressing.source, destination = addressing.destination
        let pseudo = (source >> 16) + (source & 0xFFFF) + (destination >> 16) + (destination & 0xFFFF) + 17
            + UInt32(udpLength)
        var udpChecksum = FrameEncoder.checksum(frame[udpStart..<frame.count], initial: pseudo)
        if udpChecksum == 0 {
            udpChecksum = 0xFFFF
        }
        frame[udpStart + 6] = UInt8(udpChecksum >> 8)
        frame[udpStart + 7] = UInt8(udpChecksum & 0xFF)
        return frame
    }
}
