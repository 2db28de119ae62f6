import ConformanceKit
import FollowCore
import Foundation
import Testing

/// The defragmenter's memory bound is never a silent difference from tshark: dropping an
/// incomplete datagram is reported on standard error, and the run still succeeds.
@Suite("incomplete IP datagrams past the memory bound")
struct DroppedDatagramsTests {
    /// 4,100 first fragments (More Fragments set, each its own identification) of TCP datagrams
    /// that never complete, then one ordinary connection.
    private static func capturePath() throws -> String {
        var records: [CaptureRecord] = []
        for identification in 0..<4_100 {
            let ip: [UInt8] =
                [0x45, 0, 0, 28, UInt8(identification >> 8), UInt8(identification & 0xFF), 0x20, 0, 64, 6, 0, 0]
                + [10, 0, 0, 9, 10, 0, 0, 10] + [UInt8](repeating: 0x41, count: 8)
            let ethernet: [UInt8] = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00]
            records.append(CaptureRecord(seconds: 1_700_000_000, nanoseconds: 0, data: ethernet + ip))
        }
        var capture = TestCapture()
        var connection = TestConnection()
        connection.handshake().forEach { capture.append($0) }
        capture.append(connection.data(.client, "hello"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swfollow-drop-\(UUID()).pcap")
        try Data(PcapWriter(linkType: 1).encode(records + capture.records)).write(to: url)
        return url.path
    }

    private static let warning =
        "swfollow: warning: 4 incomplete IP datagrams were dropped to bound memory (more than 4096 waiting, "
        + "or 64 MiB of fragments held); tshark keeps them and would reassemble any whose missing fragments "
        + "came later\n"

    @Test("follow, -T fields and search print their output, then the warning; the status is unchanged")
    func warning() throws {
        let path = try Self.capturePath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let follow = SwfollowCommand.run(["-r", path, "-q", "-z", "follow,tcp,ascii,0"])
        #expect(follow.status == 0 && follow.standardError == Self.warning)
        #expect(String(decoding: follow.standardOutput, as: UTF8.self).contains("hello"))
        let fields = SwfollowCommand.run(["-r", path, "-T", "fields", "-e", "tcp.stream"])
        #expect(fields.status == 0 && fields.standardError == Self.warning)
        let search = SwfollowCommand.run(["search", "-r", path, "-c", "-e", "hello"])
        #expect(search.status == 0 && search.standardError == Self.warning)
        #expect(String(decoding: search.standardOutput, as: UTF8.self) == "0:1\n")
    }
}
