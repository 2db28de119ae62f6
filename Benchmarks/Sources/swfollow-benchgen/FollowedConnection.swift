/// The packets of one scripted TCP connection of the adversarial captures: the client's
/// handshake and data, the server's acknowledgments. Data comes from the client only, as
/// `StreamText` at the given offsets.
struct FollowedConnection {
    typealias Flag = ConnectionScript.Flag

    let hosts: FrameEncoder.Hosts
    let clientISN: UInt32
    let serverISN: UInt32

    /// The client's SYN.
    var syn: ScriptedPacket { packet(true, clientISN, 0, Flag.syn) }

    /// The server's SYN-ACK and the client's ACK that complete the handshake.
    var handshakeRest: [ScriptedPacket] {
        [
            packet(false, serverISN, clientISN &+ 1, Flag.syn | Flag.ack),
            packet(true, clientISN &+ 1, serverISN &+ 1, Flag.ack),
        ]
    }

    /// The whole handshake: SYN, SYN-ACK, ACK.
    var handshake: [ScriptedPacket] { [syn] + handshakeRest }

    /// A client segment carrying bytes `offset..<offset + length` of its stream.
    func data(offset: Int, length: Int) -> ScriptedPacket {
        var segment = packet(
            true, clientISN &+ 1 &+ UInt32(truncatingIfNeeded: offset), serverISN &+ 1, Flag.psh | Flag.ack)
        segment.streamOffset = offset
        segment.payloadLength = length
        return segment
    }

    /// The server's ACK of the client's first `byteCount` bytes.
    func acknowledgment(of byteCount: Int) -> ScriptedPacket {
        packet(false, serverISN &+ 1, clientISN &+ 1 &+ UInt32(truncatingIfNeeded: byteCount), Flag.ack)
    }

    private func packet(_ fromClient: Bool, _ sequence: UInt32, _ acknowledgment: UInt32, _ flags: UInt8)
        -> ScriptedPacket
    {
        ScriptedPacket(
            fromClient: fromClient, sequence: sequence, acknowledgment: acknowledgment, flags: flags,
            streamOffset: 0, payloadLength: 0)
    }
}
