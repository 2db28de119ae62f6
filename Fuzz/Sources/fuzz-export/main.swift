import Foundation
import FuzzSupport

// fuzz-export: each input is a capture file, exported whole by `swfollow export` (every TCP and
// UDP stream's data, its hex follow text and a capture per stream) into a scratch directory that
// is emptied after each input; a run may only succeed or report a damaged capture, and must close
// every descriptor it opened.

/// The file each input is written to.
let scratch = ScratchFile()

/// Where each input is exported.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fuzz-export-\(ProcessInfo.processInfo.processIdentifier)"
).path

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(FuzzInput.bytes(data, size))
    Invocation.run(
        [
            "export", "-r", scratch.path, "-o", directory, "--force", "--quiet", "--pcap", "--proto", "tcp,udp",
            "--follow", "hex",
        ], statuses: [0, 2])
    try? FileManager.default.removeItem(atPath: directory)
    return 0
}

FuzzDriver.run(testOneInput)
