import FollowKit
import Foundation
import Testing

/// Decoded fields and stream numbers, against what tshark printed with `-T fields`.
@Suite("FrameReader and FrameDecoder")
struct FrameReaderTests {
    /// tshark's `fields-many` line of each frame: number, epoch time, frame.len, cap_len, ip.src,
    /// ip.dst, ttl, proto, ip.len, srcport, dstport, port, tcp.stream, tcp.seq, tcp.ack, seq_raw,
    /// ack_raw, flags, flags.str, tcp.len, window.
    static func tsharkLines() throws -> [[String]] {
        let golden = GoldenFollow.layout.root.appendingPathComponent(
            "Golden/display-filters/0001-fields-ipv4/fields-many.stdout")
        return try String(contentsOf: golden, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("number, time, lengths, addresses, ports, stream, sequence numbers and flags match tshark")
    func fields() throws {
        let lines = try Self.tsharkLines()
        var frames = FrameReader(try Capture(path: CaptureTests.fieldsCapture.path))
        var count = 0
        while let frame = try frames.next() {
            let line = lines[count]
            count += 1
            let tcp = try #require(frame.tcp)
            let flags = "0x" + String(repeating: "0", count: 4 - String(tcp.flags.rawValue, radix: 16).count)
                + String(tcp.flags.rawValue, radix: 16)
            let ours = [
                "\(frame.number)", "\(frame.time)", "\(frame.originalLength)", "\(frame.bytes.count)",
                "\(tcp.source.address)", "\(tcp.destination.address)", "\(tcp.source.port)",
                "\(tcp.destination.port)", "\(frame.tcpStream ?? 99)", "\(frame.relativeSequenceNumber ?? 99)",
                "\(tcp.sequenceNumber)", flags, "\(tcp.payload.count)",
            ]
            let theirs = [
                line[0], line[1], line[2], line[3], line[4], line[5], line[9], line[10], line[12], line[13], line[15],
                line[17], line[19],
            ]
            #expect(ours == theirs, "frame \(frame.number)")
            #expect(frame.layers.map(\.kind) == [.ethernet, .ipv4, .tcp])
            #expect(frame.reachesTCPFollow)
        }
        #expect(count == lines.count)
    }

    @Test("the decoder alone finds the same layers and headers as the reader")
    func decoderAgreesWithReader() throws {
        let capture = try Capture(path: CaptureTests.fieldsCapture.path)
        var decoder = FrameDecoder()
        var kinds: [[Layer.Kind]] = []
        var payloads: [Int] = []
        while let frame = try capture.nextFrame() {
            let decoded = decoder.decode(frame)
            kinds.append(decoded.layers.map(\.kind))
            payloads.append(decoded.tcp?.payload.count ?? -1)
        }
        var frames = FrameReader(try Capture(path: CaptureTests.fieldsCapture.path))
        var index = 0
        while let frame = try frames.next() {
            #expect(frame.layers.map(\.kind) == kinds[index])
            #expect(frame.tcp?.payload.count == payloads[index])
            index += 1
        }
        #expect(index == kinds.count)
    }

    @Test("UDP headers carry their udp.stream; a header quoted in an ICMP error is numbered too")
    func udpStreams() throws {
        let folder = GoldenFollow.layout.root.appendingPathComponent("Conformance/cases/udp")
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let icmp = try #require(cases.first { $0.contains("icmp") })
        var frames = FrameReader(try Capture(path: folder.appendingPathComponent("\(icmp)/capture.pcap").path))
        var quoted = 0
        var streams = Set<UInt32>()
        while let frame = try frames.next() {
            for header in frame.udp {
                if header.isQuotedInICMPError { quoted += 1 }
                if let stream = header.stream { streams.insert(stream) }
            }
        }
        #expect(quoted > 0)
        #expect(streams.sorted() == Array(0..<UInt32(streams.count)))
    }
}
