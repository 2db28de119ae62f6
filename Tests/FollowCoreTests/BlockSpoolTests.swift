import CaptureFile
import FollowOutput
import Foundation
import Testing

@testable import FollowCore

/// Blocks that are not printed first move their text to a temporary file past a threshold, and
/// the output is the same bytes as when everything stays in memory.
@Suite("block spool")
struct BlockSpoolTests {
    /// Two long connections.
    private static func capture() throws -> String {
        var capture = TestCapture()
        var connections = (0..<2).map { TestConnection(client: (0x0A00_0001, UInt16(40000 + $0))) }
        for index in 0..<2 { connections[index].handshake().forEach { capture.append($0) } }
        for round in 0..<400 {
            for index in 0..<2 {
                capture.append(connections[index].data(.client, [UInt8](repeating: UInt8(65 + round % 26), count: 300)))
            }
        }
        return try capture.write()
    }

    /// The pipeline's whole output with `threshold`, and how many pieces the sink received.
    private static func output(_ path: String, threshold: Int) throws -> [UInt8] {
        let statistics: [FollowPipeline.Statistic] = try [
            "follow,tcp,hex,0", "follow,tcp,yaml,1", "follow,tcp,ascii,0", "conv,tcp",
        ].map {
            $0.hasPrefix("conv") ? .conversation(ConversationRequest($0), nil) : .follow(try FollowRequest.parse($0))
        }
        var pipeline = FollowPipeline(
            statistics: statistics, settings: FollowSettings(), spillThreshold: threshold)
        try pipeline.run(try CaptureReader(path: path))
        var output: [UInt8] = []
        #expect(pipeline.finish { output += $0 })
        return output
    }

    @Test("spilled at 4 KiB or kept in memory: the same bytes")
    func sameBytes() throws {
        let path = try Self.capture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let inMemory = try Self.output(path, threshold: .max)
        let spilled = try Self.output(path, threshold: 4096)
        #expect(inMemory.count > 500_000)
        #expect(spilled == inMemory)
    }

    @Test("a spool gives back what it took, in order; nothing taken is lost")
    func spoolRoundTrip() throws {
        let spool = try #require(BlockSpool())
        var expected: [UInt8] = []
        for index in 0..<50 {
            let piece = [UInt8](repeating: UInt8(index), count: 10_000 + index)
            #expect(piece.withUnsafeBytes(spool.append))
            expected += piece
        }
        var replayed: [UInt8] = []
        #expect(spool.replay { replayed += $0 })
        #expect(replayed == expected)
    }
}
