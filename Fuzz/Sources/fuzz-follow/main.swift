import FuzzSupport

// fuzz-follow: each input is a capture file. swfollow follows its TCP and UDP streams 0 and 1 in
// every output mode (ascii, hex, raw, yaml, ebcdic), with a record range and the sequence-number
// and defragmentation preferences changed, lists its TCP and UDP conversations, and follows every
// stream with data (--streams); a run may only succeed or report a damaged capture.

/// The file each input is written to.
let scratch = ScratchFile()

/// The runs made of each input.
let runs: [[String]] = [
    [
        "-r", scratch.path, "-q", "-z", "follow,tcp,ascii,0", "-z", "follow,tcp,hex,0", "-z", "follow,tcp,raw,0",
        "-z", "follow,tcp,yaml,0", "-z", "follow,tcp,ebcdic,0", "-z", "conv,tcp",
    ],
    [
        "-r", scratch.path, "-q", "-o", "tcp.relative_sequence_numbers:FALSE", "-o", "ip.defragment:FALSE",
        "-z", "follow,tcp,yaml,1,2-6", "-z", "follow,tcp,hex,1",
    ],
    ["-r", scratch.path, "--streams", "tcp.len > 0", "--mode", "raw"],
    [
        "-r", scratch.path, "-q", "-z", "follow,udp,ascii,0", "-z", "follow,udp,hex,1", "-z", "follow,udp,raw,0",
        "-z", "follow,udp,yaml,1,2-4", "-z", "follow,udp,ebcdic,0", "-z", "conv,udp",
        "-z", "follow,udp,raw,10.0.0.1:53,10.0.0.2:53",
    ],
    ["-r", scratch.path, "-q", "-o", "ipv6.defragment:FALSE", "--streams", "udp.length > 8", "--mode", "yaml"],
]

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(FuzzInput.bytes(data, size))
    for arguments in runs {
        Invocation.run(arguments, statuses: [0, 2])
    }
    return 0
}

FuzzDriver.run(testOneInput)
