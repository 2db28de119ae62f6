import CaptureFile
import Foundation
import FrameFields
import Testing

@testable import FollowCore

/// `swfollow export` with many streams open at once: never more descriptors than the pool's
/// limit, every file complete; and the one-pass export of standard input writes what two passes do.
@Suite("export with many streams")
struct ExportManyStreamsTests {
    private static let streamCount = 2_000

    /// `streamCount` connections whose data rounds interleave, so every stream is open at once.
    private static func capture() throws -> String {
        var capture = TestCapture()
        var connections = (0..<streamCount).map {
            TestConnection(client: (0x0A00_0000 + UInt32($0 / 1000), UInt16(20000 + $0 % 1000)))
        }
        for index in connections.indices { connections[index].handshake().forEach { capture.append($0) } }
        for round in 0..<3 {
            for index in connections.indices {
                capture.append(connections[index].data(.client, "request \(round) of \(index);"))
                capture.append(connections[index].data(.server, "reply \(round) to \(index);"))
            }
        }
        return try capture.write()
    }

    /// What stream `index` sent each way.
    private static func expected(_ index: Int) -> [[UInt8]] {
        [
            Array((0..<3).map { "request \($0) of \(index);" }.joined().utf8),
            Array((0..<3).map { "reply \($0) to \(index);" }.joined().utf8),
        ]
    }

    @Test("2,000 streams through 16 descriptors and 64 KiB of buffers: every file complete")
    func descriptorPool() throws {
        let path = try Self.capture()
        let directory = ExportFixture.directory()
        defer { [path, directory].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let pool = FilePool(descriptorLimit: 16, bufferLimit: 64 << 10, fileBufferSize: 1 << 10)
        let outcome = ExportCommand.run(["-r", path, "-o", directory, "-j", "1"], programName: "swfollow", pool: pool)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(pool.peakOpenCount == 16 && pool.openCount == 0)
        let index = try ExportFixture.index(directory)
        #expect(index.count == Self.streamCount)
        for (stream, entry) in index.enumerated() {
            #expect(entry["stream"] as? Int == stream)
            #expect(try ExportFixture.data(entry, in: directory) == Self.expected(stream), "stream \(stream)")
        }
    }

    @Test("one pass (standard input) writes the same files and index as two passes")
    func onePass() throws {
        let path = try Self.capture()
        let twoPasses = ExportFixture.directory()
        let onePass = ExportFixture.directory()
        defer { [path, twoPasses, onePass].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        #expect(ExportFixture.run(["-r", path, "-o", twoPasses, "--follow", "yaml"]).status == 0)
        var pass = try ExportPass(
            selection: ExportSelection(), followMode: .yaml, directory: ExportDirectory(path: onePass, force: false),
            pool: FilePool(), plan: nil)
        var progress = ExportProgress(quiet: true)
        try pass.run(CaptureReader(path: path), progress: &progress)
        pass.finish()
        #expect(pass.failure == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: twoPasses).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: onePass).sorted() == names)
        for name in names {
            #expect(
                try ExportFixture.bytes(onePass + "/" + name) == ExportFixture.bytes(twoPasses + "/" + name), "\(name)")
        }
    }
}
