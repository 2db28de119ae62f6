import FuzzSupport

// fuzz-filter: each input is a display filter (its bytes before any NUL, as an argument holds
// them). swfollow compiles it as -Y and tests it on every frame of three small conformance
// captures (IPv4 with many fields, IPv6 over QinQ, IP-in-IP), printing -T fields; and as the
// filter of -z conv,tcp, which splits its own argument at commas. A filter may only be accepted
// (status 0) or rejected with tshark's message (status 2; 1 for the conversation tap, as tshark).

/// The fixed captures each filter is tested on.
let captures = [
    "display-filters/0001-fields-ipv4", "display-filters/0002-fields-ipv6-qinq", "display-filters/0003-ip-in-ip",
].map(Repository.conformanceCapture)

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let filter = FuzzInput.argument(FuzzInput.bytes(data, size))
    for capture in captures {
        Invocation.run(
            ["-r", capture, "-Y", filter, "-T", "fields", "-e", "frame.number", "-e", "tcp.stream"], statuses: [0, 2])
    }
    Invocation.run(["-r", captures[0], "-q", "-z", "conv,tcp," + filter], statuses: [0, 1])
    return 0
}

FuzzDriver.run(testOneInput)
