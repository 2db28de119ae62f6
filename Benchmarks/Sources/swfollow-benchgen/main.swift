import Glibc

// swfollow-benchgen: writes the deterministic benchmark capture, or an adversarial one (see
// GeneratorOptions.usage).
guard let options = GeneratorOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    fail(GeneratorOptions.usage + "\n", status: 64)
}
if let family = options.worstCase {
    guard let totals = writeWorstCase(family, count: options.count, path: options.output) else {
        fail("swfollow-benchgen: cannot write \(options.output)\n", status: 1)
    }
    print(
        "\(options.output): \(totals.bytes) bytes, \(totals.frames) frames, "
            + "follow stream \(family.followedStream(count: options.count))")
} else {
    guard let totals = CaptureGenerator(options: options).run() else {
        fail("swfollow-benchgen: cannot write \(options.output)\n", status: 1)
    }
    print("\(options.output): \(totals.bytes) bytes, \(totals.frames) frames, \(options.connections) connections")
    if let summary = totals.mix {
        print("udp mix: \(summary)")
    }
}

/// Writes the adversarial capture `family` of `count` to `path`.
/// - Returns: the file's bytes and frames, or nil when it cannot be written.
func writeWorstCase(_ family: WorstCase, count: Int, path: String) -> (bytes: Int, frames: Int)? {
    guard let writer = WorstCaseWriter(path: path) else { return nil }
    family.write(count: count, to: writer)
    return writer.close()
}

/// Writes `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    var text = message
    text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(status)
}
