import FuzzSupport

// fuzz-search: each input is a capture file, searched by `swfollow search` with patterns that
// match across segments and need held-back bytes (alternation, bounded repeats, lookbehind), in
// each output (text lines with gaps, JSON over both directions, counts, follow blocks).

/// The file each input is written to.
let scratch = ScratchFile()

/// The searches made of each input.
let runs: [[String]] = [
    [
        "search", "-r", scratch.path, "-e", #"HTTP|\x00\x01"#, "-e", #"a.{0,40}?b"#, "-e", #"(?<=\r\n)\r\n"#,
        "--verbose", "-C", "4",
    ],
    ["search", "-r", scratch.path, "--json", "--both", "-i", "--max-match", "32", "-e", #"(?s)get.*\r\n"#],
    ["search", "-r", scratch.path, "-c", "-F", "-e", "\u{1}", "-e", "GET"],
    ["search", "-r", scratch.path, "--follow", "hex", "-e", #"\x00"#],
    ["search", "--udp", "-r", scratch.path, "--json", "-e", #"a.{0,40}?b"#, "-e", #"\x00\x01"#],
]

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(FuzzInput.bytes(data, size))
    for arguments in runs {
        Invocation.run(arguments, statuses: [0, 1, 2])
    }
    return 0
}

FuzzDriver.run(testOneInput)
