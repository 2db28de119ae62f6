import FollowKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `bytes` whole to `descriptor` (standard output unless told).
func emit(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32 = 1) {
    var rest = bytes
    while !rest.isEmpty {
        let written = write(descriptor, rest.baseAddress, rest.count)
        if written <= 0 { exit(1) }
        rest = UnsafeRawBufferPointer(rebasing: rest[written...])
    }
}

/// Prints `message` on standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    Array("follow-stream: \(message)\n".utf8).withUnsafeBytes { emit($0, to: 2) }
    exit(status)
}

let arguments = CommandLine.arguments
guard (3...4).contains(arguments.count), let index = UInt32(arguments[2]) else {
    fail("usage: follow-stream CAPTURE STREAM [ascii|ebcdic|hex|raw|yaml]", status: 1)
}
guard let mode = FollowMode(name: arguments.count == 4 ? arguments[3] : "ascii") else {
    fail("unknown mode \(arguments[3])", status: 1)
}

do {
    var frames = FrameReader(try Capture(path: arguments[1]))
    var follower = StreamFollower(.tcp(index))
    var block = FollowBlockFormatter(mode: mode, target: follower.target)
    var damage: CaptureError?
    do {
        while let frame = try frames.next() {
            follower.process(frame, into: &block)
            block.takeText { emit($0) }  // a long stream is printed as it is reassembled
        }
    } catch {
        damage = error  // a damaged capture: print what came before, as tshark does
    }
    block.finish().withUnsafeBytes { emit($0) }
    if let damage { fail(damage.description, status: 2) }
} catch {
    fail(error.description, status: 1)
}
