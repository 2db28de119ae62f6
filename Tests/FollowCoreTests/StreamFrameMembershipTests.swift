import FollowCore
import Foundation
import Testing

/// Which frames each stream's capture receives: its own, plus the IP fragments of datagrams it
/// completed, in capture order.
@Suite struct StreamFrameMembershipTests {
    /// A UDP or TCP datagram in 3 IPv4 fragments (frames 2, 4, 6) interleaved with a TCP stream
    /// (frames 1, 5) and another UDP stream (frame 3).
    private func interleavedIPv4(fragmentedProtocol: UInt8) -> TestCapture {
        let payload = [UInt8](repeating: 0x41, count: 40)
        let inner =
            fragmentedProtocol == 17
            ? FragmentFrames.udp(53, 5353, payload) : FragmentFrames.tcp(4000, 443, sequence: 100, payload)
        let fragments = FragmentFrames.ipv4(
            0x0A00_0003, 0x0A00_0004, protocol: fragmentedProtocol, identification: 7, payload: inner, cuts: [16, 32])
        var capture = TestCapture()
        let stream = (source: (UInt32(0x0A00_0001), UInt16(1000)), destination: (UInt32(0x0A00_0002), UInt16(80)))
        capture.append(
            TestSegment(
                source: stream.source, destination: stream.destination, sequence: 1, acknowledgment: 1, flags: 0x18,
                payload: Array("hello".utf8)))
        capture.append(frame: fragments[0])
        capture.append(TestDatagram(from: (0x0A00_0005, 1), to: (0x0A00_0006, 2), "other"))
        capture.append(frame: fragments[1])
        capture.append(
            TestSegment(
                source: stream.source, destination: stream.destination, sequence: 6, acknowledgment: 1, flags: 0x18,
                payload: Array("world".utf8)))
        capture.append(frame: fragments[2])
        return capture
    }

    @Test func ipv4FragmentsOfAUDPDatagramGoToItsStream() throws {
        let path = try interleavedIPv4(fragmentedProtocol: 17).write()
        let split = try splitAndCompare(path)
        #expect(split[StreamKey(followed: .tcp, stream: 0)] == [1, 5])
        #expect(split[StreamKey(followed: .udp, stream: 0)] == [3])
        #expect(split[StreamKey(followed: .udp, stream: 1)] == [2, 4, 6])
    }

    @Test func ipv4FragmentsOfATCPSegmentGoToItsStream() throws {
        let path = try interleavedIPv4(fragmentedProtocol: 6).write()
        let split = try splitAndCompare(path)
        #expect(split[StreamKey(followed: .tcp, stream: 0)] == [1, 5])
        #expect(split[StreamKey(followed: .tcp, stream: 1)] == [2, 4, 6])
        #expect(split[StreamKey(followed: .udp, stream: 0)] == [3])
    }

    @Test func ipv6FragmentsGoToTheirStream() throws {
        let fragments = FragmentFrames.ipv6(
            next: 17, identification: 99, payload: FragmentFrames.udp(7, 9, [UInt8](repeating: 0x42, count: 40)),
            cuts: [16, 32])
        var capture = TestCapture()
        capture.append(frame: fragments[0])
        capture.append(TestDatagram(from: (0x0A00_0005, 1), to: (0x0A00_0006, 2), "one"))
        capture.append(frame: fragments[1])
        capture.append(TestDatagram(from: (0x0A00_0006, 2), to: (0x0A00_0005, 1), "two"))
        capture.append(frame: fragments[2])
        let split = try splitAndCompare(try capture.write())
        #expect(split[StreamKey(followed: .udp, stream: 0)] == [2, 4])
        #expect(split[StreamKey(followed: .udp, stream: 1)] == [1, 3, 5])
    }

    @Test func aFragmentOfAnUnfinishedDatagramGoesNowhere() throws {
        let fragments = FragmentFrames.ipv4(
            1, 2, protocol: 17, identification: 3, payload: FragmentFrames.udp(1, 2, [UInt8](repeating: 0, count: 24)),
            cuts: [16])
        var capture = TestCapture()
        capture.append(frame: fragments[0])
        let split = try splitAndCompare(try capture.write())
        #expect(split.isEmpty)
    }

    /// Splits the capture at `path` and checks that following each stream's capture as stream 0
    /// prints what following the stream in `path` prints, but for the stream number.
    /// - Returns: the frames each stream received.
    private func splitAndCompare(_ path: String) throws -> [StreamKey: [UInt64]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (streams, format) = try StreamSplitter.split(path, into: directory)
        for (stream, frames) in streams {
            let file = directory + "/" + StreamSplitter.fileName(stream, pcapng: format == .pcapng)
            #expect(SplitComparison.differences(original: path, stream: stream, split: file, frames: frames).isEmpty)
        }
        return streams
    }
}
