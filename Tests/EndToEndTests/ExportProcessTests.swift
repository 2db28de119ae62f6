import Foundation
import Testing

/// `swfollow export` as a process: under a descriptor limit far below the stream count, and from
/// standard input (one pass), it writes the same files as two passes over the file.
@Suite("export as a process", .enabled(if: SharedMaterial.isPresent, "../shared is absent"))
struct ExportProcessTests {
    @Test("2,992 streams under ulimit -n 32, and from standard input: the same files")
    func descriptorLimitAndStandardInput() throws {
        let capture = "gopacket__cip-2992-streams.pcap"
        let temporary = FileManager.default.temporaryDirectory
        let limited = temporary.appendingPathComponent("swfollow-export-limited-\(UUID().uuidString)").path
        let piped = temporary.appendingPathComponent("swfollow-export-piped-\(UUID().uuidString)").path
        defer { [limited, piped].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [
            "-c", #"ulimit -n 32 && exec "$0" "$@""#, SharedMaterial.binary.path, "export", "-r",
            SharedMaterial.corpusCaptures.appendingPathComponent(capture).path, "-o", limited, "--proto", "tcp,udp",
        ]
        shell.standardInput = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let fromInput = try SwfollowProcess.run(
            ["export", "-r", "-", "-o", piped, "--proto", "tcp,udp"], in: SharedMaterial.corpusCaptures,
            standardInput: capture)
        #expect(fromInput.status == 0, "\(fromInput.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: limited).sorted()
        #expect(names.count > 2 * 2_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: piped).sorted() == names)
        for name in names {
            let a = FileManager.default.contents(atPath: limited + "/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: piped + "/" + name), "\(name)")
        }
    }
}
