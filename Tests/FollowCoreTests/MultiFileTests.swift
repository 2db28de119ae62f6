import FollowCore
import Foundation
import Testing

/// Several `-r` files (or a glob) read as one capture, merged as mergecap merges them (README,
/// Usage): conformance captures cut into ten pieces and given newest first print tshark's goldens
/// for the whole capture; the glob and the refusals.
@Suite("several capture files as one")
struct MultiFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Conformance cases whose captures are cut, with their invocations (all `-r {capture} …`).
    static let cases = [
        "tcp-stream-index/0017-many-streams", "conversations/0003-byte-units", "udp/0011-many-conversations",
        "tcp-order/0013-reverse-one-byte-queue",
    ]

    /// The case's capture cut in ten pieces, written newest first, as `-r` arguments.
    static func tenPiecesNewestFirst(_ capture: String, in directory: URL) throws -> [String] {
        let cutter = try CaptureCutter(path: capture)
        var arguments: [String] = []
        for (index, piece) in cutter.pieces(10).enumerated().reversed() {
            arguments += [
                "-r", try CaptureCutter.write(cutter.file(piece), named: "piece-\(index).pcap", in: directory),
            ]
        }
        return arguments
    }

    @Test("ten pieces given newest first print tshark's golden of the whole capture", arguments: cases)
    func tenPieces(_ name: String) throws {
        let caseDirectory = Self.root.appendingPathComponent("Conformance/cases/\(name)")
        let capture = caseDirectory.appendingPathComponent("capture.pcap").path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pieces = try Self.tenPiecesNewestFirst(capture, in: directory)
        #expect(pieces.count == 20)
        let invocations = try Self.invocations(caseDirectory.appendingPathComponent("case.json"))
        #expect(!invocations.isEmpty)
        for (invocation, arguments) in invocations {
            let golden = Self.root.appendingPathComponent("Golden/\(name)/\(invocation).stdout")
            let expected = try [UInt8](Data(contentsOf: golden))
            let run = SwfollowCommand.run(Self.substitute(arguments, with: pieces))
            #expect(run.status == 0 && run.standardError == "", "\(name) \(invocation)")
            #expect(Bool(run.standardOutput == expected), "\(name) \(invocation)")
        }
    }

    @Test("-T fields of ten pieces equals the whole capture's, frame numbers included", arguments: cases)
    func tenPiecesFields(_ name: String) throws {
        let capture = Self.root.appendingPathComponent("Conformance/cases/\(name)/capture.pcap").path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fields = [
            "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "tcp.stream", "-e", "udp.stream",
            "-e", "ip.src", "-e", "tcp.seq", "-e", "tcp.len",
        ]
        let statistics = ["-z", "conv,tcp", "-z", "conv,udp"]
        let whole = SwfollowCommand.run(["-r", capture] + fields + statistics)
        let pieces = SwfollowCommand.run(try Self.tenPiecesNewestFirst(capture, in: directory) + fields + statistics)
        #expect(whole.status == 0 && pieces.status == 0 && pieces.standardError == "")
        #expect(!whole.standardOutput.isEmpty)
        #expect(Bool(pieces.standardOutput == whole.standardOutput))
    }

    @Test("a quoted glob reads the files it matches, as one capture")
    func glob() throws {
        let capture = Self.root.appendingPathComponent("Conformance/cases/\(Self.cases[0])/capture.pcap").path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.tenPiecesNewestFirst(capture, in: directory)
        let arguments = ["-q", "-z", "follow,tcp,ascii,150", "-z", "conv,tcp"]
        let globbed = SwfollowCommand.run(["-r", directory.path + "/piece-*.pcap"] + arguments)
        let whole = SwfollowCommand.run(["-r", capture] + arguments)
        #expect(globbed.status == 0 && globbed.standardError == "")
        #expect(Bool(globbed.standardOutput == whole.standardOutput))
        // A trailing argument stays a display filter, as in tshark.
        let filtered = SwfollowCommand.run([
            "-r", directory.path + "/piece-*.pcap", "-T", "fields", "-e", "frame.number", "tcp.stream == 3",
        ])
        let wholeFiltered = SwfollowCommand.run([
            "-r", capture, "-T", "fields", "-e", "frame.number", "tcp.stream == 3",
        ])
        #expect(filtered.status == 0 && !filtered.standardOutput.isEmpty)
        #expect(Bool(filtered.standardOutput == wholeFiltered.standardOutput))
    }

    @Test("a missing file, a bad file, an empty glob, standard input among files: tshark's message for it, status 2")
    func refusals() throws {
        let capture = Self.root.appendingPathComponent("Conformance/cases/\(Self.cases[0])/capture.pcap").path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = try CaptureCutter.write(Array("not a capture\n".utf8), named: "bad.pcap", in: directory)
        let missing = directory.path + "/missing.pcap"
        let pattern = directory.path + "/nothing-*.pcap"
        let expectations: [([String], String)] = [
            (
                ["-r", capture, "-r", bad],
                "swfollow: The file \"\(bad)\" isn't a capture file in a format TShark understands.\n"
            ),
            (["-r", missing, "-r", capture], "swfollow: The file \"\(missing)\" doesn't exist.\n"),
            (["-r", capture, "-r", pattern], "swfollow: The file \"\(pattern)\" doesn't exist.\n"),
            (
                ["-r", capture, "-r", "-"],
                "swfollow: The standard input could not be opened: it cannot be merged with other files.\n"
            ),
        ]
        for (arguments, message) in expectations {
            for command in [[], ["search", "-e", "x"]] {
                let run = SwfollowCommand.run(command + arguments + (command.isEmpty ? ["-qz", "conv,tcp"] : []))
                #expect(run.status == 2, "\(arguments)")
                #expect(run.standardError == message, "\(arguments)")
                #expect(run.standardOutput.isEmpty, "\(arguments)")
            }
        }
    }

    @Test("a file cut short among several: the frames before the damage, then its message, status 2")
    func cutShort() throws {
        let capture = Self.root.appendingPathComponent("Conformance/cases/\(Self.cases[0])/capture.pcap").path
        let directory = try CaptureCutter.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cutter = try CaptureCutter(path: capture)
        let pieces = cutter.pieces(2)
        let first = try CaptureCutter.write(cutter.file(pieces[0]), named: "first.pcap", in: directory)
        let second = try CaptureCutter.write(
            Array(cutter.file(pieces[1]).dropLast(3)), named: "second.pcap", in: directory)
        let run = SwfollowCommand.run(["-r", second, "-r", first, "-T", "fields", "-e", "frame.number"])
        #expect(run.status == 2)
        #expect(
            run.standardError
                == "swfollow: The file \"\(second)\" appears to have been cut short in the middle of a packet.\n")
        let lines = run.standardOutput.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == cutter.records.count - 1)
    }

    /// Every invocation of a case: its name and arguments.
    static func invocations(_ url: URL) throws -> [(String, [String])] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let list = object?["invocations"] as? [[String: Any]] ?? []
        return list.compactMap { entry in
            guard let name = entry["name"] as? String, let arguments = entry["args"] as? [String] else { return nil }
            return (name, arguments)
        }
    }

    /// `arguments` with `-r {capture}` replaced by `files`.
    static func substitute(_ arguments: [String], with files: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "-r", index + 1 < arguments.count, arguments[index + 1] == "{capture}" {
                result += files
                index += 2
            } else {
                result.append(arguments[index])
                index += 1
            }
        }
        return result
    }
}
