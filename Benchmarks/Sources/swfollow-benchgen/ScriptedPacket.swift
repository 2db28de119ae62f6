/// One packet of a generated connection, before it is encoded: who sends it, its TCP numbers
/// and which bytes of the sender's byte stream it carries.
struct ScriptedPacket {
    /// True for client → server.
    var fromClient: Bool
    var sequence: UInt32
    var acknowledgment: UInt32
    /// TCP flag bits (FIN 0x01, SYN 0x02, PSH 0x08, ACK 0x10).
    var flags: UInt8
    /// Offset of the payload in the sender's byte stream (0 for the first data byte).
    var streamOffset: Int
    var payloadLength: Int
}
