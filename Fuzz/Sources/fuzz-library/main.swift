import FollowKit
import FuzzSupport

// fuzz-library: each input is a capture file, read from memory through FollowKit's public API
// only: every TCP and UDP stream followed at once and formatted in a rotating mode, a display
// filter tested on every frame, the layers and UDP headers of every frame walked, and a search
// over every TCP stream with a pattern that spans records. Checks what a library user can
// reach: the byte-source path, lent views, handlers, AsyncSequence-free synchronous API.

/// Formats every stream it is handed, in one mode, and forgets the text as it goes.
struct EveryStream: FollowHandler {
    let mode: FollowMode
    var blocks: [StreamID: FollowBlockFormatter] = [:]
    var bytes = 0

    mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint) {
        if blocks[stream] == nil {
            blocks[stream] = FollowBlockFormatter(mode: mode, target: .stream(stream))
        }
        blocks[stream]?.streamBegan(stream, node0: node0, node1: node1)
    }

    mutating func record(_ record: FollowRecord) {
        blocks[record.stream]?.record(record)
        blocks[record.stream]?.takeText(atLeast: 4096) { bytes += $0.count }
    }

    mutating func gap(_ gap: FollowGap) {
        blocks[gap.stream]?.gap(gap)
    }

    mutating func streamEnded(_ stream: StreamID) {
        bytes += blocks[stream]?.finish().count ?? 0
        blocks[stream] = nil
    }
}

/// Which call this is, to rotate the output mode.
nonisolated(unsafe) var round = 0

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(FuzzInput.bytes(data, size))
    round += 1
    let mode = FollowMode.allCases[round % FollowMode.allCases.count]
    // Compiled per input: a global's indirect values would read as leaks to LeakSanitizer.
    guard let filter = try? FrameFilter("tcp.len > 0 || udp.length > 8 || ip.flags.mf == 1"),
        let searcher = try? StreamSearcher(patterns: [#"(?s)\x00.{0,3}\xff|HTTP/1\.[01]"#], contextBytes: 4)
    else { return 0 }
    for transport in TransportProtocol.allCases {
        guard let capture = try? Capture(bytes: bytes) else { return 0 }
        var frames = FrameReader(capture)
        var follower = StreamSetFollower(transport)
        var handler = EveryStream(mode: mode)
        var selected = 0
        while let frame = try? frames.next() {
            follower.process(frame, into: &handler)
            if filter.matches(frame) { selected += 1 }
            for layer in frame.layers { _ = layer.bytes.reduce(0, &+) }
            for header in frame.udp { _ = header.payload?.reduce(0, &+) }
            _ = frame.tcp?.payload.reduce(0, &+)
        }
        follower.finish(into: &handler)
    }
    if let capture = try? Capture(bytes: bytes) {
        _ = try? searcher.run(capture) { _ = $0.bytes.count }
    }
    return 0
}

FuzzDriver.run(testOneInput)
