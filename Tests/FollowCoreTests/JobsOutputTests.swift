import Foundation
import Testing

@testable import FollowCore

/// `--jobs N`: search and export print and write, byte for byte, what one job does, in the same
/// order: every search output, every export file and `index.jsonl`, on conformance captures
/// (damaged ones included: the same partial output and message), and on a many-stream capture.
@Suite("--jobs: the output of one job")
struct JobsOutputTests {
    /// Conformance captures with TCP and UDP streams, gaps, reordering, a cut file.
    static let cases = [
        "tcp-order", "tcp-gaps", "tcp-lifecycle", "udp", "file-errors", "hostile", "tcp-stream-index",
    ].flatMap { area in captures(in: area).prefix(6) }

    /// The captures of one area of `Conformance/cases`.
    private static func captures(in area: String) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Conformance/cases/\(area)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = root.appendingPathComponent(name).path
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return files.first { $0.hasPrefix("capture.") }.map { folder + "/" + $0 }
        }
    }

    /// Every search output, with two patterns (one that matches across segments).
    static let searchModes: [[String]] = [
        [], ["-o"], ["--json"], ["-c"], ["-l"], ["--follow", "raw"], ["--both", "--json"], ["--udp", "--json"],
        ["--udp", "-l"], ["--verbose", "-C", "3"], ["-q"],
    ]

    /// Both ways of dealing streams to the threads: the default, which depends on how fast each
    /// thread goes (on small captures the workers get nearly every stream), and in turn, which
    /// gives every thread streams, the reading thread included.
    static let dealings: [JobDealing] = [.balanced, .rotating]

    /// A search's stdout, stderr and status.
    private static func search(
        _ path: String, _ arguments: [String], dealing: JobDealing = .balanced
    ) -> SwfollowCommand.Outcome {
        SearchCommand.run(
            ["-r", path, "-e", "[a-z]{2}", "-e", "e.{0,5}"] + arguments, programName: "swfollow", jobDealing: dealing)
    }

    @Test("search prints one job's output with 2 and 3 jobs", arguments: cases)
    func searchCorpus(_ path: String) {
        for mode in Self.searchModes {
            let one = Self.search(path, ["-j", "1"] + mode)
            for jobs in ["2", "3"] {
                for dealing in Self.dealings {
                    let many = Self.search(path, ["-j", jobs] + mode, dealing: dealing)
                    #expect(many.standardOutput == one.standardOutput, "\(mode) -j \(jobs) \(dealing)")
                    #expect(
                        many.standardError == one.standardError && many.status == one.status,
                        "\(mode) -j \(jobs) \(dealing)")
                }
            }
        }
    }

    @Test("export writes one job's files and index with 2 and 3 jobs", arguments: cases)
    func exportCorpus(_ path: String) throws {
        for mode in [["--proto", "tcp,udp", "--follow", "ascii"], ["--min-bytes", "1"]] {
            let one = try Self.export(path, ["-j", "1"] + mode)
            for jobs in ["2", "3"] {
                for dealing in Self.dealings {
                    let many = try Self.export(path, ["-j", jobs] + mode, dealing: dealing)
                    #expect(many.files == one.files, "\(mode) -j \(jobs) \(dealing)")
                    #expect(many.status == one.status && many.error == one.error, "\(mode) -j \(jobs) \(dealing)")
                }
            }
        }
    }

    @Test("many streams: search and export with 1, 2 and 3 jobs agree")
    func manyStreams() throws {
        let path = try Self.manyStreamCapture()
        defer { try? FileManager.default.removeItem(atPath: path) }
        for mode in Self.searchModes.prefix(6) {
            let one = Self.search(path, ["-j", "1"] + mode).standardOutput
            #expect(!one.isEmpty)
            for jobs in ["2", "3"] {
                for dealing in Self.dealings {
                    #expect(
                        Self.search(path, ["-j", jobs] + mode, dealing: dealing).standardOutput == one,
                        "\(mode) -j \(jobs) \(dealing)")
                }
            }
        }
        let one = try Self.export(path, ["-j", "1", "--follow", "yaml"])
        #expect(one.files.count == 2 * 600 + 600 + 1)
        for jobs in ["2", "3"] {
            for dealing in Self.dealings {
                #expect(
                    try Self.export(path, ["-j", jobs, "--follow", "yaml"], dealing: dealing).files == one.files,
                    "-j \(jobs) \(dealing)")
            }
        }
    }

    @Test("--jobs takes 1 to 256, and only in full in search (--j is still --json)")
    func jobsValue() throws {
        #expect(try SearchOptions.parse(["--jobs", "3", "x", "f"]).jobs == 3)
        #expect(try SearchOptions.parse(["-j2", "--j", "x", "f"]).output == .json)
        #expect(SwfollowCommand.run(["search", "-j", "0", "-e", "x", "-r", "f"]).status == 2)
        #expect(SwfollowCommand.run(["export", "--jobs", "x", "-r", "f", "-o", "d"]).status == 1)
    }

    /// An export into a fresh directory: every file's name and bytes, stderr and status.
    private static func export(
        _ path: String, _ arguments: [String], dealing: JobDealing = .balanced
    ) throws -> (files: [String: [UInt8]], error: String, status: Int32) {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = ExportCommand.run(
            ["-r", path, "-o", directory, "--quiet"] + arguments, programName: "swfollow", jobDealing: dealing)
        var files: [String: [UInt8]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            files[name] = try ExportFixture.bytes(directory + "/" + name)
        }
        let error = outcome.standardError.replacingOccurrences(of: directory, with: "DIR")
        return (files, error, outcome.status)
    }

    /// 600 connections, 40 open at a time, their data interleaved, one reply in 7 in two
    /// segments sent in reverse order (so the engine holds one back).
    private static func manyStreamCapture() throws -> String {
        var capture = TestCapture()
        for group in 0..<15 {
            var connections = (0..<40).map {
                TestConnection(client: (0x0A00_0000 + UInt32(group), UInt16(30000 + $0)))
            }
            for index in connections.indices { connections[index].handshake().forEach { capture.append($0) } }
            for round in 0..<4 {
                for index in connections.indices {
                    let request = connections[index].data(.client, "GET /\(group)/\(index)/\(round) HTTP/1.1\r\n")
                    let reply = connections[index].data(.server, "HTTP/1.1 200 ok e\(round)\r\n")
                    let body = connections[index].data(.server, "body \(index) end\r\n")
                    capture.append(request)
                    if (group + index + round) % 7 == 0 {
                        capture.append(body)
                        capture.append(reply)
                    } else {
                        capture.append(reply)
                        capture.append(body)
                    }
                }
            }
        }
        return try capture.write()
    }
}
