import FollowCore
import Foundation
import Testing

/// `swfollow -r A -r B …` against `swfollow -r merged.pcapng` where `mergecap -w merged.pcapng A B …`
/// wrote the file: ties between files (the file given last goes first), a file whose frames are
/// out of time order (merged by its head, never sorted), interfaces merged when every file has
/// the same (ids all 0) or listed file by file when not (the `frame` summary names the id), and
/// an interface a pcapng file declares after its first frames.
/// Needs mergecap (Wireshark's); skipped without it.
@Suite(
    "merged files against mergecap",
    .enabled(if: Mergecap.path != nil, "mergecap is not installed (apt install wireshark-common)"))
struct MergecapCrossCheckTests {

    /// What every file set is compared on: frame numbers, times, interface ids, streams; tables; follow.
    static let invocations: [[String]] = [
        [
            "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "tcp.stream", "-e", "udp.stream",
            "-e", "frame",
        ],
        ["-q", "-z", "conv,tcp", "-z", "conv,udp"],
        ["-q", "-z", "follow,tcp,yaml,0", "-z", "follow,tcp,hex,3", "-z", "follow,udp,ascii,1"],
    ]

    @Test("ties, frames out of order within a file, and interface ids as mergecap writes them")
    func againstMergecap() throws {
        let capture = MultiFileTests.root.appendingPathComponent(
            "Conformance/cases/tcp-stream-index/0017-many-streams/capture.pcap"
        ).path
        let udpCapture = MultiFileTests.root.appendingPathComponent(
            "Conformance/cases/udp/0011-many-conversations/capture.pcap"
        ).path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cutter = try CaptureCutter(path: capture)
        let pieces = cutter.pieces(3)
        func write(_ bytes: [UInt8], _ name: String) throws -> String {
            try CaptureCutter.write(bytes, named: name, in: directory)
        }
        let micro = try write(cutter.file(cutter.records), "micro.pcap")
        // The same frames with nanosecond times: every frame ties with one of `micro`, and the
        // interface differs (mergecap then lists every file's interface).
        let nano = try write(cutter.file(cutter.records, nanosecond: true), "nano.pcap")
        // The pieces in the order last, first, middle: a file out of time order.
        let shuffled = try write(cutter.file(pieces[2] + pieces[0] + pieces[1]), "shuffled.pcap")
        let udp = try write(
            try CaptureCutter(path: udpCapture).file(try CaptureCutter(path: udpCapture).records), "udp.pcap")
        // pcapng, with an interface declared after the first frames.
        let late = try write(cutter.pcapngFile(Array(pieces[1]), switchAfter: 5), "late.pcapng")
        let sets: [[String]] = [
            [micro, nano], [nano, micro], [shuffled, micro], [micro, shuffled, nano, micro], [udp, shuffled, udp],
            [late, late], [micro, late, nano], [late, micro],
        ]
        for (index, files) in sets.enumerated() {
            let merged = directory.appendingPathComponent("merged-\(index).pcapng").path
            try Self.runMergecap(["-w", merged] + files)
            for invocation in Self.invocations {
                let expected = SwfollowCommand.run(["-r", merged] + invocation)
                let run = SwfollowCommand.run(files.flatMap { ["-r", $0] } + invocation)
                #expect(expected.status == 0 && run.status == 0 && run.standardError == "")
                #expect(
                    Bool(run.standardOutput == expected.standardOutput),
                    "\(files.map { ($0 as NSString).lastPathComponent }) \(invocation)")
            }
        }
    }

    /// Runs mergecap with `arguments`, which must succeed.
    static func runMergecap(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Mergecap.path))
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "mergecap \(arguments)")
    }
}

/// Where Wireshark's mergecap is installed, if it is.
enum Mergecap {
    static let path = ["/usr/bin/mergecap", "/usr/local/bin/mergecap"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
