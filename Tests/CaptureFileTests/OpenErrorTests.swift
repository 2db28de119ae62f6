import CaptureFile
import Foundation
import Testing

/// Errors met while opening, worded as tshark 4.0.17 words them.
@Suite struct OpenErrorTests {
    /// The message `CaptureReader(path:)` fails with, or `nil` when it opens.
    private func openMessage(_ path: String) -> String? {
        do {
            _ = try CaptureReader(path: path)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func missingFile() throws {
        let files = try TemporaryCapture()
        let path = files.directory.appendingPathComponent("nonexistent.pcap").path
        #expect(openMessage(path) == "The file \"\(path)\" doesn't exist.")
    }

    @Test func directory() throws {
        let files = try TemporaryCapture()
        #expect(openMessage(files.directory.path) == "\"\(files.directory.path)\" is a directory (folder), not a file.")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/null")))
    func specialFile() {
        #expect(
            openMessage("/dev/null")
                == "The file \"/dev/null\" is a \"special file\" or socket or other non-regular file.")
    }

    @Test func pathThroughAFile() throws {
        let files = try TemporaryCapture()
        let path = try files.write([1, 2, 3], named: "plain") + "/inside.pcap"
        #expect(openMessage(path) == "The file \"\(path)\" could not be opened: Not a directory.")
    }

    @Test func textFile() throws {
        let files = try TemporaryCapture()
        let path = try files.write(Array("hello world this is not a pcap file at all\n".utf8), named: "notpcap.txt")
        #expect(openMessage(path) == "The file \"\(path)\" isn't a capture file in a format TShark understands.")
    }

    @Test func emptyFileOpensWithNoFrames() throws {
        let files = try TemporaryCapture()
        let reader = try CaptureReader(path: try files.write([], named: "empty.pcap"))
        #expect(try reader.nextFrame() == nil)
    }

    /// For `-`, tshark says "the standard input" instead of naming a file.
    @Test func standardInputWording() {
        #expect(
            CaptureError.cutShortInPacket(path: "-").message
                == "The standard input appears to have been cut short in the middle of a packet.")
        #expect(
            CaptureError.damaged(path: "-", detail: "x").message
                == "The standard input appears to be damaged or corrupt.\n(x)"
        )
        #expect(
            CaptureError.notACaptureFile(path: "-").message
                == "The standard input isn't a capture file in a format TShark understands.")
    }
}
