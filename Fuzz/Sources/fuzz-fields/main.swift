import DisplayFilter
import FuzzSupport

// fuzz-fields: each input is a display filter line, a newline, then a capture file. swfollow
// prints -T fields with every column it knows (each field, tcp.flags.str and the protocol
// summaries, all occurrences, a header) for the frames -Y keeps; then uses the filter as a
// read filter (-2 -R), which renumbers frames, printing a few fields and following stream 0.

/// The file each capture is written to.
let scratch = ScratchFile()

/// Every column -T fields can print: the registry's fields and protocols, and tcp.flags.str.
let columns = (FieldRegistry.standard.fields.map(\.name) + ["tcp.flags.str"]).flatMap { ["-e", $0] }

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (filter, capture) = FuzzInput.line(FuzzInput.bytes(data, size))
    scratch.write(capture)
    let options = ["-E", "header=y", "-E", "occurrence=a", "-E", "aggregator=;", "-E", "quote=d"]
    Invocation.run(["-n", "-r", scratch.path, "-Y", filter, "-T", "fields"] + options + columns, statuses: [0, 2])
    Invocation.run(
        [
            "-r", scratch.path, "-2", "-R", filter, "-T", "fields", "-e", "frame.number", "-e", "tcp.seq",
            "-z", "follow,tcp,ascii,0",
        ],
        statuses: [0, 2])
    return 0
}

FuzzDriver.run(testOneInput)
