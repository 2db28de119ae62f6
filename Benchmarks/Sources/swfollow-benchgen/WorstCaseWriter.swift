/// Writes the frames of one adversarial capture, one microsecond apart: TCP packets whose
/// payloads come from `StreamText`, and raw IPv4 fragments.
final class WorstCaseWriter {
    private let pcap: PcapWriter
    private var encoder = FrameEncoder()
    private var fragmentEncoder = FragmentEncoder()
    private var payload: [UInt8] = []
    private var clock: UInt64 = 1_700_000_000_000_000
    private var identification: UInt16 = 0

    /// Creates `path` and writes the pcap file header.
    init?(path: String) {
        guard let pcap = PcapWriter(path: path) else { return nil }
        self.pcap = pcap
    }

    /// Writes `packet` of the connection between `hosts`.
    func send(_ packet: ScriptedPacket, hosts: FrameEncoder.Hosts) {
        pcap.write(frame: encode(packet, hosts: hosts), microseconds: tick())
    }

    /// The IPv4 payload `packet` would have (its TCP header and data), to be sent in fragments.
    func segmentBytes(_ packet: ScriptedPacket, hosts: FrameEncoder.Hosts) -> [UInt8] {
        Array(encode(packet, hosts: hosts).dropFirst(14 + 20))
    }

    /// Writes one IPv4 fragment carrying `data`.
    func send(_ fragment: FragmentEncoder.Fragment, data: ArraySlice<UInt8>) {
        pcap.write(frame: fragmentEncoder.encode(fragment, data: data), microseconds: tick())
    }

    /// Writes what is buffered and closes the file.
    /// - Returns: the file's bytes and frames, or nil when a write failed.
    func close() -> (bytes: Int, frames: Int)? {
        pcap.close() ? (pcap.byteCount, pcap.frameCount) : nil
    }

    private func encode(_ packet: ScriptedPacket, hosts: FrameEncoder.Hosts) -> [UInt8] {
        payload.removeAll(keepingCapacity: true)
        StreamText.append(offset: packet.streamOffset, length: packet.payloadLength, to: &payload)
        identification &+= 1
        return payload.withUnsafeBytes { bytes in
            encoder.encode(packet, hosts: hosts, identification: identification, payload: bytes)
        }
    }

    private func tick() -> UInt64 {
        clock += 1
        return clock
    }
}
