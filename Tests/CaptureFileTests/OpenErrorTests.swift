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

    /// Where tshark falls back to "MIME File Format" (one opaque frame, empty results, exit 0),
    /// swfollow reports the damage (README, Known differences).
    @Test func pcapngCutInsideItsSectionHeader() throws {
        let files = try TemporaryCapture()
        let start: [UInt8] = [0x0A, 0x0D, 0x0D, 0x0A, 28, 0, 0, 0, 0x4D, 0x3C, 0x2B, 0x1A]
        let cut = try files.write(start + [1, 0, 0, 0], named: "cut.pcapng")
        #expect(
            openMessage(cut)
                == "The file \"\(cut)\" appears to be damaged or corrupt.\n"
                + "(pcapng: the file ends inside its Section Header Block)")
        let section = start.prefix(4) + [0, 0x10, 0, 0] + start.suffix(4) + [1, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 8)
        let long = try files.write(Array(section) + [UInt8](repeating: 0, count: 40), named: "long.pcapng")
        #expect(
            openMessage(long)
                == "The file \"\(long)\" appears to be damaged or corrupt.\n"
                + "(pcapng: total block length 4096 of the SHB runs past the end of the file)")
        let foreign = try files.write(Array(start.prefix(8)) + [1, 2, 3, 4] + [UInt8](repeating: 0, count: 20), named: "f.pcapng")
        #expect(openMessage(foreign) == "The file \"\(foreign)\" isn't a capture file in a format TShark understands.")
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
