import CaptureFile
import ConformanceKit
import Testing

/// The interface id and name of each pcapng frame, as tshark 4.0.17 shows them in the `frame`
/// summary (`on interface NAME, id N`); expected lines taken from tshark on the same bytes.
@Suite struct PcapngInterfaceNameTests {
    /// `id name` for every frame of `bytes` (`-` for no interface, `?` for no name).
    private static func interfaces(_ bytes: [UInt8]) throws -> [String] {
        let temporary = try TemporaryCapture()
        let reader = try CaptureReader(path: try temporary.write(bytes))
        var lines: [String] = []
        while let frame = try reader.nextFrame() {
            guard let id = frame.interfaceID else {
                lines.append("-")
                continue
            }
            let name = reader.interfaceName(id).map { String(decoding: $0, as: UTF8.self) } ?? "?"
            lines.append("\(id) \(name)")
        }
        return lines
    }

    private static func text(_ value: String) -> [UInt8] {
        Array(value.utf8)
    }

    @Test func nameFallsBackToDescriptionThenHardware() throws {
        var file = CaptureBytes()
        file.sectionHeader()
        file.interface(options: [(3, Self.text("descr"))])
        file.interface(options: [(2, Self.text("nm")), (2, Self.text("nm2"))])
        file.interface(options: [(12, Self.text("os"))])
        file.interface(options: [(15, Self.text("hw")), (3, Self.text("d"))])
        file.interface(options: [(3, Self.text("d1")), (2, Self.text("n1"))])
        file.interface(options: [(2, [0x61, 0, 0x62])])
        file.interface(options: [(2, [])])
        for id: UInt32 in [0, 1, 2, 3, 4, 5, 6] {
            file.enhancedPacket(interface: id)
        }
        #expect(try Self.interfaces(file.bytes) == ["0 descr", "1 nm", "2 ?", "3 d", "4 n1", "5 a", "6 "])
    }

    /// tshark keeps a section's own interface ids but looks their names up among all the IDBs
    /// of the file, so a second section's id 0 is named after the first section's first IDB.
    @Test func laterSectionsKeepTheirIdsButNameFromTheWholeFile() throws {
        var file = CaptureBytes()
        file.sectionHeader()
        file.interface(options: [(2, Self.text("A"))])
        file.interface(options: [(2, Self.text("B"))])
        file.enhancedPacket(interface: 1)
        file.bigEndian = true
        file.sectionHeader()
        file.interface(options: [(2, Self.text("C"))])
        file.interface(options: [(2, Self.text("D"))])
        file.interface(options: [(2, Self.text("E"))])
        file.enhancedPacket(interface: 0)
        file.enhancedPacket(interface: 2)
        file.simplePacket()
        file.obsoletePacket(interface: 1)
        #expect(try Self.interfaces(file.bytes) == ["1 B", "0 A", "2 C", "0 A", "1 B"])
    }

    @Test func nonPacketRecordsAndPcapFramesHaveNoInterface() throws {
        var pcapng = CaptureBytes()
        pcapng.sectionHeader()
        pcapng.interface(options: [(2, Self.text("eth0"))])
        pcapng.enhancedPacket()
        pcapng.block(0x0BAD) {
            $0.u32(12345)
            $0.append([1, 2, 3, 4])
        }
        #expect(try Self.interfaces(pcapng.bytes) == ["0 eth0", "-"])
        let pcap = PcapWriter(linkType: 1, snaplen: 65535).encode(
            [CaptureRecord(seconds: 1_700_000_000, nanoseconds: 5000, data: CaptureBytes.payload(60))])
        #expect(try Self.interfaces(pcap) == ["-"])
    }
}
