import CaptureFile
import ConformanceKit
import FollowCore
import Foundation
import Testing

/// The per-stream captures: pcap copies byte for byte what a pcap source stores, pcapng reads back
/// with every frame's interface, bytes and time, and the pool never holds more files open than allowed.
@Suite struct StreamCaptureWriterTests {
    private let directory = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        .path

    private static let records = (0..<5).map { index in
        CaptureRecord(
            seconds: 1_700_000_000 + UInt64(index), nanoseconds: 123_456_789 * UInt32(index % 3),
            data: [UInt8](repeating: UInt8(index), count: 60 + index), originalLength: 1514, interface: index % 2)
    }

    @Test(arguments: [PcapWriter.Precision.microseconds, .nanoseconds])
    func pcapCopiesItsSourceByteForByte(precision: PcapWriter.Precision) throws {
        var records = Self.records
        records[2].nanoseconds = 2_500_000_000  // a damaged microsecond field of 2.5 s, kept as stored
        let source = PcapWriter(linkType: 1, precision: precision, snaplen: 4096).encode(records)
        let written = try copy(source, name: "source.pcap") { _ in StreamKey(followed: .tcp, stream: 7) }
        #expect(written["tcp-7"] == source)
    }

    @Test func pcapStreamsGetTheirOwnFramesInOrder() throws {
        let source = PcapWriter(linkType: 1).encode(Self.records)
        let written = try copy(source, name: "source.pcap") { StreamKey(followed: .udp, stream: UInt32($0 % 2)) }
        let even = [Self.records[0], Self.records[2], Self.records[4]]
        #expect(written["udp-0"] == PcapWriter(linkType: 1).encode(even))
        #expect(written["udp-1"] == PcapWriter(linkType: 1).encode([Self.records[1], Self.records[3]]))
    }

    @Test func pcapngKeepsEachFramesInterface() throws {
        let interfaces = [
            PcapngWriter.Interface(linkType: 1, snaplen: 1000, timestampResolution: 9),
            PcapngWriter.Interface(linkType: 113, snaplen: 2000),
        ]
        let source = PcapngWriter().encode(interfaces: interfaces, records: Self.records)
        let written = try copy(source, name: "source.pcapng") { StreamKey(followed: .tcp, stream: $0 == 1 ? 1 : 0) }
        let expected = try frames(of: source)
        let all = try frames(of: written["tcp-0"] ?? [])
        #expect(all.frames == [expected.frames[0], expected.frames[2], expected.frames[3], expected.frames[4]])
        #expect(all.interfaces == expected.interfaces)
        let one = try frames(of: written["tcp-1"] ?? [])
        #expect(one.frames == [expected.frames[1]])
        #expect(one.interfaces == [expected.interfaces[1]])
    }

    @Test func aStreamWithoutFramesLeavesNoFile() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pool = FilePool()
        let writer = StreamCaptureWriter(format: .pcapng, pool: pool) { "\(self.directory)/\($0.stream).part" }
        #expect(!writer.finish(stream: StreamKey(followed: .tcp, stream: 0), as: directory + "/0.pcapng"))
        writer.discard(stream: StreamKey(followed: .tcp, stream: 1))
        #expect(pool.failure == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    /// Writes every frame of the capture `source` to the stream `stream(frame index)`, in the
    /// format chosen for the source, and returns each file's bytes by name (`tcp-7`).
    private func copy(
        _ source: [UInt8], name: String, stream: (Int) -> StreamKey
    ) throws -> [String: [UInt8]] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + name
        try Data(source).write(to: URL(fileURLWithPath: path))
        let output = directory + "/out"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let first = try CaptureReader(path: path)
        while try first.nextFrame() != nil {}
        let format = StreamCaptureFormat(sourceIsPcapng: first.isPcapng, interfaces: first.interfaces)
        let pool = FilePool(descriptorLimit: 1)
        let writer = StreamCaptureWriter(format: format, pool: pool) { "\(output)/\(Self.name($0)).part" }
        let reader = try CaptureReader(path: path)
        var index = 0
        var streams: Set<StreamKey> = []
        while let frame = try reader.nextFrame() {
            let interface = try #require(reader.interface(at: frame.interfaceIndex))
            try writer.append(frame, interface: interface, to: stream(index))
            streams.insert(stream(index))
            index += 1
        }
        for stream in streams { writer.finish(stream: stream, as: output + "/" + Self.name(stream)) }
        #expect(pool.failure == nil && pool.peakOpenCount == 1)
        var files: [String: [UInt8]] = [:]
        for stream in streams {
            files[Self.name(stream)] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output + "/" + Self.name(stream))))
        }
        return files
    }

    /// `tcp-7` for TCP stream 7.
    private static func name(_ stream: StreamKey) -> String {
        "\(stream.followed.rawValue)-\(stream.stream)"
    }

    /// One frame as read back: link type, seconds, nanoseconds, original length, bytes.
    private struct ReadFrame: Equatable {
        var linkType: UInt32
        var seconds: Int64
        var nanoseconds: UInt32
        var originalLength: Int
        var bytes: [UInt8]
    }

    /// The frames and interfaces swfollow's reader finds in `capture`.
    private func frames(of capture: [UInt8]) throws -> (frames: [ReadFrame], interfaces: [CaptureInterface]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString)").path
        try Data(capture).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CaptureReader(path: path)
        var frames: [ReadFrame] = []
        while let frame = try reader.nextFrame() {
            frames.append(
                ReadFrame(
                    linkType: frame.linkType.rawValue, seconds: frame.timestamp.seconds,
                    nanoseconds: frame.timestamp.nanoseconds, originalLength: frame.originalLength,
                    bytes: Array(frame.bytes)))
        }
        return (frames, reader.interfaces)
    }

}
