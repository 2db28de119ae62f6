import FollowKit
import Foundation
import Testing

/// Opening captures from every kind of source, and tshark's error texts.
@Suite("Capture")
struct CaptureTests {
    static let root = GoldenFollow.layout.root
    static let fieldsCapture = root.appendingPathComponent("Conformance/cases/display-filters/0001-fields-ipv4/capture.pcap")

    /// The error tshark printed for a file-errors case, without `<tool>: `, with the file name it
    /// was given (`name`) replaced by `path`.
    static func tsharkMessage(_ caseName: String, name: String, path: String) throws -> String {
        let folder = root.appendingPathComponent("Golden/file-errors/\(caseName)")
        let status = try #require(
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .first { $0.lastPathComponent.hasSuffix(".status.json") })
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: status)) as? [String: Any]
        let stderr = try #require(object?["stderr"] as? String)
        return String(stderr.dropFirst("<tool>: ".count).dropLast())
            .replacingOccurrences(of: "\"\(name)\"", with: "\"\(path)\"")
    }

    /// Frame sizes and times, for comparing the ways of opening one capture.
    static func summary(_ capture: Capture) throws -> [String] {
        var lines: [String] = []
        while let frame = try capture.nextFrame() {
            lines.append("\(frame.time) \(frame.originalLength) \(frame.bytes.count) \(frame.linkType.rawValue)")
        }
        return lines
    }

    @Test("a missing file and a file that is no capture give tshark's words")
    func openErrors() throws {
        let folder = Self.root.appendingPathComponent("Conformance/cases/file-errors/0002-not-a-capture")
        let missing = folder.appendingPathComponent("missing.pcap").path
        let text = folder.appendingPathComponent("capture.txt").path
        #expect(throws: CaptureError.self) { try Capture(path: missing) }
        do {
            _ = try Capture(path: missing)
        } catch {
            #expect(error.description == (try Self.tsharkMessage("0001-missing-file", name: "missing.pcap", path: missing)))
            #expect(!error.isDamageAfterFrames)
        }
        #expect(throws: CaptureError.self) { try Capture(path: text) }
        do {
            _ = try Capture(path: text)
        } catch {
            #expect(error.description == (try Self.tsharkMessage("0002-not-a-capture", name: "capture.txt", path: text)))
        }
    }

    @Test("a capture cut short gives its whole frames, then tshark's message", arguments: ["0004-truncated-last-record", "0012-truncated-gzip"])
    func cutShort(_ caseName: String) throws {
        let folder = Self.root.appendingPathComponent("Conformance/cases/file-errors/\(caseName)")
        let name = caseName.hasSuffix("gzip") ? "capture.pcap.gz" : "capture.pcap"
        let path = folder.appendingPathComponent(name).path
        let capture = try Capture(path: path)
        var frames = 0
        do {
            while try capture.nextFrame() != nil { frames += 1 }
            Issue.record("no error after \(frames) frames")
        } catch {
            #expect(error.description == (try Self.tsharkMessage(caseName, name: name, path: path)))
            #expect(error.isDamageAfterFrames)
        }
        #expect(frames > 0)
    }

    @Test("a path, a descriptor, memory and a byte source read the same frames")
    func sources() throws {
        let path = Self.fieldsCapture.path
        let expected = try Self.summary(try Capture(path: path))
        #expect(expected.count == (try FrameReaderTests.tsharkLines().count))
        let descriptor = open(path, O_RDONLY)
        #expect(try Self.summary(try Capture(fileDescriptor: descriptor, name: "fd", closesDescriptor: true)) == expected)
        let bytes = try [UInt8](Data(contentsOf: Self.fieldsCapture))
        let memory = try Capture(bytes: bytes)
        #expect(memory.format == .pcap)
        #expect(try Self.summary(memory) == expected)
        #expect(try Self.summary(try Capture(source: Trickle(bytes), name: "trickle")) == expected)
    }

    @Test("several files read as one, merged by time; a missing one gives its own message")
    func severalFiles() throws {
        let path = Self.fieldsCapture.path
        let once = try Self.summary(try Capture(path: path))
        let twice = try Self.summary(try Capture(paths: [path, path]))
        #expect(twice == once.flatMap { [$0, $0] })
        let missing = Self.fieldsCapture.deletingLastPathComponent().appendingPathComponent("missing.pcap").path
        do {
            _ = try Capture(paths: [path, missing])
            Issue.record("opened")
        } catch {
            #expect(error.description == "The file \"\(missing)\" doesn't exist.")
        }
    }

    @Test("an error of the byte source ends the reading with a read error naming the capture")
    func failingSource() throws {
        var bytes = try [UInt8](Data(contentsOf: Self.fieldsCapture))
        bytes.removeLast(100)
        let capture = try Capture(source: Trickle(bytes, failsAtEnd: true), name: "net")
        do {
            while try capture.nextFrame() != nil {}
            Issue.record("no error")
        } catch {
            #expect(error.description == "An error occurred while reading the file \"net\": connection lost.")
            #expect(error.isDamageAfterFrames)
        }
    }

    @Test("an empty input is a capture with no frames; random bytes are not a capture")
    func emptyAndRandom() throws {
        #expect(try Capture(bytes: []).nextFrame() == nil)
        #expect(throws: CaptureError.self) { try Capture(bytes: Array(repeating: 0x41, count: 64), name: "x") }
    }
}

/// A byte source that hands out 7 bytes a read, then ends or fails.
final class Trickle: CaptureByteSource {
    struct ConnectionLost: Error, CustomStringConvertible {
        var description: String { "connection lost" }
    }

    private let bytes: [UInt8]
    private let failsAtEnd: Bool
    private var position = 0

    init(_ bytes: [UInt8], failsAtEnd: Bool = false) {
        self.bytes = bytes
        self.failsAtEnd = failsAtEnd
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(7, buffer.count, bytes.count - position)
        if count == 0 && failsAtEnd { throw ConnectionLost() }
        for index in 0..<count { buffer[index] = bytes[position + index] }
        position += count
        return count
    }
}
